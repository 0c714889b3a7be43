package org.situationmap.arch;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The string literals of a Java source file, each with the call it is an argument of: a small
 * tokenizer (comments, text blocks, char literals and escapes handled) and a walk back from each
 * literal to the nearest enclosing {@code name(} — through grouping parentheses, stopping at a
 * block, an array initializer or a statement's end.
 */
final class JavaLiterals {
  /** A string literal: its value, line, the call it is passed to (or null) and which argument. */
  record Literal(String value, int line, String call, int argument) {}

  private enum Kind {
    IDENT,
    STRING,
    PUNCT,
    OTHER
  }

  private record Token(Kind kind, String text, int line) {}

  private static final Set<String> KEYWORDS =
      Set.of("if", "while", "for", "switch", "catch", "synchronized", "return", "try", "case");

  private JavaLiterals() {}

  /** Every string literal of {@code source}, in order. */
  static List<Literal> of(String source) {
    List<Token> tokens = tokenize(source);
    List<Literal> literals = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).kind() == Kind.STRING) {
        literals.add(enclosing(tokens, i));
      }
    }
    return literals;
  }

  private static Literal enclosing(List<Token> tokens, int at) {
    Token literal = tokens.get(at);
    int depth = 0;
    int commas = 0;
    for (int i = at - 1; i >= 0; i--) {
      String t = tokens.get(i).text();
      if (tokens.get(i).kind() != Kind.PUNCT) {
        continue;
      }
      switch (t) {
        case ")", "]", "}" -> depth++;
        case "(" -> {
          if (depth > 0) {
            depth--;
            continue;
          }
          String name = callName(tokens, i - 1);
          if (name != null) {
            return new Literal(literal.text(), literal.line(), name, commas);
          }
          commas = 0; // a grouping parenthesis: the call, if any, is further out
        }
        case "[", "{" -> {
          if (depth > 0) {
            depth--;
            continue;
          }
          return new Literal(literal.text(), literal.line(), null, 0);
        }
        case "," -> {
          if (depth == 0) {
            commas++;
          }
        }
        case ";" -> {
          if (depth == 0) {
            return new Literal(literal.text(), literal.line(), null, 0);
          }
        }
        default -> {}
      }
    }
    return new Literal(literal.text(), literal.line(), null, 0);
  }

  /** The method or class named just before an opening parenthesis at {@code i + 1}, or null. */
  private static String callName(List<Token> tokens, int i) {
    if (i >= 0 && tokens.get(i).text().equals(">")) { // new Foo<>(…)
      int depth = 0;
      for (; i >= 0; i--) {
        String t = tokens.get(i).text();
        depth += t.equals(">") ? 1 : t.equals("<") ? -1 : 0;
        if (depth == 0) {
          i--;
          break;
        }
      }
    }
    if (i < 0 || tokens.get(i).kind() != Kind.IDENT || KEYWORDS.contains(tokens.get(i).text())) {
      return null;
    }
    return tokens.get(i).text();
  }

  private static List<Token> tokenize(String s) {
    List<Token> tokens = new ArrayList<>();
    int line = 1;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\n') {
        line++;
        i++;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else if (s.startsWith("//", i)) {
        while (i < s.length() && s.charAt(i) != '\n') {
          i++;
        }
      } else if (s.startsWith("/*", i)) {
        int end = s.indexOf("*/", i + 2);
        line += count(s, i, end, '\n');
        i = end + 2;
      } else if (s.startsWith("\"\"\"", i)) {
        int end = s.indexOf("\"\"\"", i + 3);
        tokens.add(new Token(Kind.STRING, s.substring(i + 3, end).strip(), line));
        line += count(s, i, end, '\n');
        i = end + 3;
      } else if (c == '"' || c == '\'') {
        StringBuilder value = new StringBuilder();
        int j = i + 1;
        while (s.charAt(j) != c) {
          if (s.charAt(j) == '\\') {
            j++;
            char e = s.charAt(j);
            if (e == 'u') {
              while (s.charAt(j) == 'u') {
                j++;
              }
              value.append((char) Integer.parseInt(s.substring(j, j + 4), 16));
              j += 3;
            } else {
              value.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
            }
          } else {
            value.append(s.charAt(j));
          }
          j++;
        }
        tokens.add(new Token(c == '"' ? Kind.STRING : Kind.OTHER, value.toString(), line));
        i = j + 1;
      } else if (Character.isJavaIdentifierStart(c)) {
        int j = i;
        while (j < s.length() && Character.isJavaIdentifierPart(s.charAt(j))) {
          j++;
        }
        tokens.add(new Token(Kind.IDENT, s.substring(i, j), line));
        i = j;
      } else if (Character.isDigit(c)) {
        int j = i;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '.')) {
          j++;
        }
        tokens.add(new Token(Kind.OTHER, s.substring(i, j), line));
        i = j;
      } else {
        tokens.add(new Token(Kind.PUNCT, String.valueOf(c), line));
        i++;
      }
    }
    return tokens;
  }

  private static int count(String s, int from, int to, char c) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n += s.charAt(i) == c ? 1 : 0;
    }
    return n;
  }
}
