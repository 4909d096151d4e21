using AllianceBot.Facts.Ingestion;

namespace AllianceBot.Tests.Facts.Ingestion;

public sealed class SampleArticleFileTests
{
    [Fact]
    public void Parse_HeadersSeparatorAndBody_ReturnsArticle()
    {
        const string text = "Url: https://samples.example/one\r\nTitle: A title: with colon\nPublisher: Sample Wire\nPublished: 2026-03-01\n---\n\nFirst line.\nSecond: line.\n";

        var article = SampleArticleFile.Parse(text);

        Assert.Equal("https://samples.example/one", article.Url);
        Assert.Equal("A title: with colon", article.Title);
        Assert.Equal("Sample Wire", article.Publisher);
        Assert.Equal(new DateOnly(2026, 3, 1), article.Published);
        Assert.Equal("First line.\nSecond: line.", article.Text);
    }

    [Theory]
    [InlineData("Url: https://x.example\nno separator")]
    [InlineData("Title: no url\n---\nBody")]
    [InlineData("Url: https://x.example\nPublished: someday\n---\nBody")]
    public void Parse_MalformedFile_ThrowsFormatException(string text)
    {
        Assert.Throws<FormatException>(() => SampleArticleFile.Parse(text));
    }
}
