using AllianceBot.Facts.Extraction;

namespace AllianceBot.Tests.Facts.Extraction;

public sealed class TextNormalizerTests
{
    private readonly TextNormalizer normalizer = new();

    [Fact]
    public void Normalize_CrLfAndNonBreakingSpaces_KeepsEveryOffset()
    {
        var text = "Allies met\r\non Monday.\u00A0“We\u202Fagree,” she said.";

        var normalized = normalizer.Normalize(text);

        Assert.Equal(text.Length, normalized.Length);
        Assert.Equal("Allies met \non Monday. “We agree,” she said.", normalized);
    }

    [Fact]
    public void Normalize_PlainText_ReturnsTheSameString()
    {
        const string text = "Nothing to clean here.\nSecond paragraph.";

        Assert.Same(text, normalizer.Normalize(text));
    }
}
