namespace AllianceBot.Facts.Extraction;

/// <summary>One sentence of an article: its range in the text and the paragraph (0-based) it belongs to.</summary>
internal readonly record struct Sentence(int Start, int End, int Paragraph)
{
    public TextRange Range => new(Start, End);
}
