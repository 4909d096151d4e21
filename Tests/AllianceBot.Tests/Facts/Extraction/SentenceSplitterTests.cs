using AllianceBot.Facts.Extraction;

namespace AllianceBot.Tests.Facts.Extraction;

public sealed class SentenceSplitterTests
{
    private readonly SentenceSplitter splitter = new();

    private string[] Sentences(string text) => splitter.Split(text).Select(s => text[s.Start..s.End]).ToArray();

    [Fact]
    public void Split_AbbreviationsAndInitials_DoNotEndSentences()
    {
        var sentences = Sentences("Gen. Anna B. Lind met U.S. officials on Feb. 3 in Riga. Talks went well.");

        Assert.Equal(["Gen. Anna B. Lind met U.S. officials on Feb. 3 in Riga.", "Talks went well."], sentences);
    }

    [Fact]
    public void Split_SentenceEndingInsideQuote_EndsAfterTheClosingMark()
    {
        var sentences = Sentences("“We are ready.” The minister left.");

        Assert.Equal(["“We are ready.”", "The minister left."], sentences);
    }

    [Fact]
    public void Split_QuoteFollowedByAttribution_StaysOneSentence()
    {
        var sentences = Sentences("“Are we ready?” she asked. Nobody answered.");

        Assert.Equal(["“Are we ready?” she asked.", "Nobody answered."], sentences);
    }

    [Fact]
    public void Split_LineBreaks_StartNewParagraphs()
    {
        var sentences = splitter.Split("First one. Second one.\n\nThird one.");

        Assert.Equal([0, 0, 1], sentences.Select(s => s.Paragraph));
    }
}
