/**
 * The event feed: notes of all places within a few days of the selected date, newest first;
 * choosing one selects its place. {@link EventFeedViewModel} works without a started toolkit.
 */
package org.situationmap.ui.feed;
