namespace AllianceBot.Facts.Extraction;

/// <summary>A half-open range [Start, End) of character offsets in an article's text.</summary>
internal readonly record struct TextRange(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Overlaps(TextRange other) => Start < other.End && other.Start < End;
}
