package org.situationmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code diff}: the places whose status differs between two dates. */
class DiffCommandTest {
  private final String layer = CommandRun.resource("/cli/diff.geojson").toString();

  @Test
  void csvListsChangedPlacesWithTheirLastChangeInTheInterval() {
    CommandRun run =
        CommandRun.of(new DiffCommand(), layer, "--from", "2022-06-13", "--to", "2022-07-10");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        List.of(
            DiffCommand.HEADER,
            "changed,Changed,48.9,38.1,ukraine,russia,2022-06-25",
            "twice,Twice,48.9,38.5,ukraine,russia,2022-07-03"),
        run.out().lines().toList());
  }

  @Test
  void newPlacesAreListedOnlyWhenAskedFor() {
    CommandRun run =
        CommandRun.of(
            new DiffCommand(),
            layer,
            "--from",
            "2022-06-13",
            "--to",
            "2022-07-10",
            "--include-new");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(
        run.out()
            .lines()
            .toList()
            .contains("newcomer,\"Newcomer, the\",48.9,38.3,unknown,contested,2022-06-20"),
        run.out());
    assertEquals(4, run.out().lines().count());
  }

  @Test
  void aChangeOnTheLaterDateCountsAndOneOnTheEarlierDateDoesNot() {
    CommandRun upTo =
        CommandRun.of(new DiffCommand(), layer, "--from", "2022-06-24", "--to", "2022-06-25");
    assertTrue(upTo.out().contains("changed,Changed"), upTo.out());
    CommandRun after =
        CommandRun.of(new DiffCommand(), layer, "--from", "2022-06-25", "--to", "2022-06-26");
    assertEquals(List.of(DiffCommand.HEADER), after.out().lines().toList());
  }

  @Test
  void jsonAndMarkdownCarryTheChangesSources() throws Exception {
    CommandRun json =
        CommandRun.of(
            new DiffCommand(),
            layer,
            "--from",
            "2022-06-13",
            "--to",
            "2022-07-10",
            "--format",
            "json");
    assertEquals(0, json.exitCode(), json.err());
    JsonNode rows = new ObjectMapper().readTree(json.out());
    assertEquals(2, rows.size());
    JsonNode changed = rows.get(0);
    assertEquals("changed", changed.get("id").asText());
    assertEquals("2022-06-25", changed.get("changed_on").asText());
    assertEquals("Second, Agency", changed.get("sources").get(0).get("publisher").asText());
    assertEquals("https://example.org/changed", changed.get("sources").get(0).get("url").asText());

    CommandRun md =
        CommandRun.of(
            new DiffCommand(),
            layer,
            "--from",
            "2022-06-13",
            "--to",
            "2022-07-10",
            "--format",
            "md");
    assertEquals(0, md.exitCode(), md.err());
    assertTrue(md.out().contains("(<https://example.org/twice>)"), md.out());
    assertEquals(2 + 2 + 2, md.out().lines().count(), md.out());
  }

  @Test
  void theEarlierDateAfterTheLaterExitsOne() {
    CommandRun run =
        CommandRun.of(new DiffCommand(), layer, "--from", "2022-07-10", "--to", "2022-06-13");
    assertEquals(1, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().contains("is after --to"), run.err());
  }

  @Test
  void badFormatsAndDatesExitOneAndAnUnreadableFileTwo() {
    assertEquals(
        1,
        CommandRun.of(
                new DiffCommand(),
                layer,
                "--from",
                "2022-06-13",
                "--to",
                "2022-07-10",
                "--format",
                "xml")
            .exitCode());
    assertEquals(
        1,
        CommandRun.of(new DiffCommand(), layer, "--from", "2022-06-31", "--to", "2022-07-10")
            .exitCode());
    String bad = CommandRun.resource("/io/not-feature-collection.geojson").toString();
    assertEquals(
        2,
        CommandRun.of(new DiffCommand(), bad, "--from", "2022-06-13", "--to", "2022-07-10")
            .exitCode());
  }
}
