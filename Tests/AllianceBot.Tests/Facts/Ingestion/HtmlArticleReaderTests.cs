using AllianceBot.Facts.Ingestion;

namespace AllianceBot.Tests.Facts.Ingestion;

public sealed class HtmlArticleReaderTests
{
    [Fact]
    public void Read_NewsPageWithMetadata_TakesTitlePublisherDateAndArticleParagraphs()
    {
        const string html = """
            <html><head><title>Story | Site</title>
            <meta property="og:title" content="Allies weigh new air patrols">
            <meta property="og:site_name" content="Example Herald">
            <meta property="article:published_time" content="2026-03-04T17:45:00-05:00"></head>
            <body><header><p>Menu</p></header>
            <article><p>Officials  met
            on Monday.</p><figure><p>Photo caption</p></figure><p>They talked about "patrols".</p>
            <aside><p>Read more</p></aside><script>var x = 1;</script></article>
            <footer><p>Copyright</p></footer></body></html>
            """;

        var article = HtmlArticleReader.Read("https://herald.example/a", html);

        Assert.Equal("Allies weigh new air patrols", article.Title);
        Assert.Equal("Example Herald", article.Publisher);
        Assert.Equal(new DateOnly(2026, 3, 4), article.Published);
        Assert.Equal("Officials met on Monday.\n\nThey talked about \"patrols\".", article.Text);
    }

    [Fact]
    public void Read_PlainPage_FallsBackToTitleElementTimeElementAndBodyParagraphs()
    {
        const string html = """
            <html><head><title>Plain page</title></head>
            <body><time datetime="2026-02-01">1 Feb</time><p>One.</p><nav><p>Links</p></nav><p>Two.</p></body></html>
            """;

        var article = HtmlArticleReader.Read("https://plain.example/b", html);

        Assert.Equal("Plain page", article.Title);
        Assert.Null(article.Publisher);
        Assert.Equal(new DateOnly(2026, 2, 1), article.Published);
        Assert.Equal("One.\n\nTwo.", article.Text);
    }

    [Theory]
    [InlineData("2026-03-04", true)]
    [InlineData("2026-03-04T23:30:00+02:00", true)]
    [InlineData("March", false)]
    [InlineData("", false)]
    public void TryParseDate_VariousText_ParsesIsoDatesOnly(string text, bool expected)
    {
        Assert.Equal(expected, HtmlArticleReader.TryParseDate(text, out _));
    }
}
