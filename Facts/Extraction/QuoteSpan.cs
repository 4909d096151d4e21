namespace AllianceBot.Facts.Extraction;

/// <summary>
/// A quotation: the offsets of its opening and closing marks. A quote that runs over several paragraphs (each new
/// paragraph reopening the quote, as newspapers do) is one span from the first opening to the last closing mark.
/// </summary>
internal readonly record struct QuoteSpan(int Open, int Close)
{
    /// <summary>The quoted words, without the marks, surrounding spaces or a trailing comma.</summary>
    public TextRange Content(string text)
    {
        var start = Open + 1;
        var end = Close;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ','))
        {
            end--;
        }

        return new TextRange(start, end);
    }

    /// <summary>Whether <paramref name="offset"/> lies inside the marks.</summary>
    public bool Contains(int offset) => offset > Open && offset < Close;
}
