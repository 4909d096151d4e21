using System.Buffers;
using System.Text.RegularExpressions;

namespace AllianceBot.Facts.Extraction;

/// <summary>
/// Runs a regex only in windows around the places where one of its anchor words occurs (found with a vectorised
/// multi-string search), so a long article is not scanned character by character by a complex pattern. Windows start
/// and end at whitespace, so patterns that look at word boundaries behave as on the whole text.
/// </summary>
internal static class AnchoredScan
{
    public static List<Match> Matches(string text, SearchValues<string> anchors, Regex regex, int before, int after) =>
        Matches(text, new TextRange(0, text.Length), anchors, regex, before, after);

    /// <summary>The matches within <paramref name="range"/> only.</summary>
    public static List<Match> Matches(string text, TextRange range, SearchValues<string> anchors, Regex regex, int before, int after)
    {
        var matches = new List<Match>();
        var windowStart = -1;
        var windowEnd = -1;
        var i = range.Start;
        while (i < range.End)
        {
            var hit = text.AsSpan(i, range.End - i).IndexOfAny(anchors);
            if (hit < 0)
            {
                break;
            }

            var at = i + hit;
            var start = Math.Max(range.Start, BackToSpace(text, Math.Max(range.Start, at - before)));
            var end = Math.Min(range.End, ForwardToSpace(text, Math.Min(range.End, at + after)));
            if (windowEnd >= 0 && start > windowEnd)
            {
                Collect(text, regex, windowStart, windowEnd, matches);
                windowStart = -1;
            }

            windowStart = windowStart < 0 ? start : windowStart;
            windowEnd = Math.Max(windowEnd, end);
            i = at + 1;
        }

        if (windowStart >= 0)
        {
            Collect(text, regex, windowStart, windowEnd, matches);
        }

        return matches;
    }

    private static void Collect(string text, Regex regex, int start, int end, List<Match> matches)
    {
        var from = matches.Count > 0 ? Math.Max(start, matches[^1].Index + matches[^1].Length) : start;
        for (var m = regex.Match(text, from, end - from); m.Success; m = m.NextMatch())
        {
            matches.Add(m);
        }
    }

    private static int BackToSpace(string text, int i)
    {
        while (i > 0 && !char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    private static int ForwardToSpace(string text, int i)
    {
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
