using AllianceBot.Facts.Extraction;

namespace AllianceBot.Tests.Facts.Extraction;

public sealed class ArticleFileTests
{
    [Fact]
    public void Parse_HeaderAndBody_FillsTheArticle()
    {
        const string content = "Url: https://example.org/a\r\nTitle: A title\r\nPublisher: Example Wire\r\nPublished: 2024-05-16\r\n---\r\nBody text.";

        var article = ArticleFile.Parse(content, "file:///fallback");

        Assert.Equal(("https://example.org/a", "A title", "Example Wire", new DateOnly(2024, 5, 16), "Body text."),
            (article.Url, article.Title, article.Publisher, article.Published!.Value, article.Text));
    }

    [Fact]
    public void Parse_NoHeader_UsesTheFallbacks()
    {
        var article = ArticleFile.Parse("Just a body.", "file:///fallback", new DateOnly(2022, 2, 24));

        Assert.Equal(("file:///fallback", new DateOnly(2022, 2, 24), "Just a body."), (article.Url, article.Published!.Value, article.Text));
    }
}
