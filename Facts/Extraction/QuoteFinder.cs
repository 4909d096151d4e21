namespace AllianceBot.Facts.Extraction;

/// <summary>
/// Finds quotations marked with curly (“ ”), low (&#x201E;), angle (« ») or straight (") double quotes. A paragraph
/// that ends inside a quote and a next paragraph that opens with a quote mark continue one quotation; a quote left
/// open otherwise is dropped. Apostrophes and single quotes are never quote marks.
/// </summary>
internal sealed class QuoteFinder
{
    /// <summary>The quotations of <paramref name="text"/>, in order.</summary>
    public IReadOnlyList<QuoteSpan> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<QuoteSpan>();
        var open = -1;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var first = FirstNonSpace(text, lineStart, lineEnd);
            if (first >= 0)
            {
                var skip = -1;
                if (open >= 0)
                {
                    skip = IsOpening(text[first]) ? first : -1;
                    open = skip >= 0 ? open : -1;
                }

                open = ScanLine(text, first, lineEnd, skip, open, spans);
            }

            lineStart = lineEnd + 1;
        }

        return spans;
    }

    private static int ScanLine(string text, int start, int end, int skip, int open, List<QuoteSpan> spans)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (i == skip || c is not ('“' or '”' or '„' or '«' or '»' or '"'))
            {
                continue;
            }

            if (c is '“' or '„' or '«')
            {
                open = i;
            }
            else if (c is '”' or '»' && open >= 0)
            {
                spans.Add(new QuoteSpan(open, i));
                open = -1;
            }
            else if (c == '"')
            {
                if (open >= 0)
                {
                    spans.Add(new QuoteSpan(open, i));
                    open = -1;
                }
                else
                {
                    open = i;
                }
            }
        }

        return open;
    }

    private static bool IsOpening(char c) => c is '“' or '„' or '«' or '"';

    private static int FirstNonSpace(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
