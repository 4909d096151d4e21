using System.Net;
using System.Text;
using System.Text.Json;

namespace AllianceBot.IntegrationTests.Api;

public sealed class ArticlesApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PostArticles_NewThenSameText_Returns201Then200WithSameIdAndFacts()
    {
        await using var host = await ApiHosts.StartAsync();
        var article = ApiHosts.TextArticle("https://wire.example/2026/03/04/ministers");

        using var first = await ApiHosts.PostArticleAsync(host.Client, article);
        using var second = await ApiHosts.PostArticleAsync(host.Client, article);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var a = await ApiHosts.JsonAsync(first);
        var b = await ApiHosts.JsonAsync(second);
        Assert.Equal(a.GetProperty("articleId").GetString(), b.GetProperty("articleId").GetString());
        Assert.Equal(Ids(a), Ids(b).Order());
        Assert.All(a.GetProperty("facts").EnumerateArray(), f =>
            Assert.Equal("https://wire.example/2026/03/04/ministers", f.GetProperty("source").GetProperty("url").GetString()));
    }

    [Fact]
    public async Task PostArticles_SameTextAtAnotherUrl_Returns200WithFirstArticleId()
    {
        await using var host = await ApiHosts.StartAsync();

        using var first = await ApiHosts.PostArticleAsync(host.Client, ApiHosts.TextArticle("https://wire.example/a"));
        using var copy = await ApiHosts.PostArticleAsync(host.Client, ApiHosts.TextArticle("https://mirror.example/b"));
        using var changed = await ApiHosts.PostArticleAsync(host.Client, ApiHosts.TextArticle("https://wire.example/a", " again"));

        Assert.Equal(HttpStatusCode.OK, copy.StatusCode);
        Assert.Equal((await ApiHosts.JsonAsync(first)).GetProperty("articleId").GetString(),
            (await ApiHosts.JsonAsync(copy)).GetProperty("articleId").GetString());
        Assert.Equal(HttpStatusCode.Created, changed.StatusCode);
    }

    [Fact]
    public async Task PostArticles_HtmlPage_IngestsItsParagraphsAsTheArticleText()
    {
        await using var host = await ApiHosts.StartAsync();
        const string html = """
            <html><head><title>Site | Story</title><meta property="og:site_name" content="Example Wire"></head>
            <body><nav><p>Home · World · Sport</p></nav>
            <article><h1>Ministers meet</h1><p>First   paragraph of the story.</p><p>Second paragraph, with a "quote".</p>
            <footer><p>Subscribe now</p></footer></article></body></html>
            """;

        using var fromHtml = await ApiHosts.PostArticleAsync(host.Client, new { url = "https://wire.example/html", html });
        using var sameText = await ApiHosts.PostArticleAsync(host.Client, new
        {
            url = "https://other.example/text", text = "First paragraph of the story.\nSecond paragraph, with a \"quote\".",
        });

        Assert.Equal(HttpStatusCode.Created, fromHtml.StatusCode);
        Assert.Equal(HttpStatusCode.OK, sameText.StatusCode);
    }

    [Theory]
    [InlineData("""{"title":"no url","text":"Some text."}""", "url")]
    [InlineData("""{"url":"ftp://x.example/a","text":"Some text."}""", "url")]
    [InlineData("""{"url":"not a url","text":"Some text."}""", "url")]
    [InlineData("""{"url":"https://x.example/a"}""", "text")]
    [InlineData("""{"url":"https://x.example/a","text":42}""", "text")]
    [InlineData("""{"url":"https://x.example/a","text":"Some text.","published":"last Tuesday"}""", "published")]
    [InlineData("""{"url":"https://x.example/a","text":"Some text.","title":["a"]}""", "title")]
    [InlineData("""{"url":"https://x.example/a","html":"<p> </p>"}""", "html")]
    [InlineData("""[1,2]""", "object")]
    [InlineData("""{"url": """, "JSON")]
    public async Task PostArticles_BadBody_Returns400NamingTheField(string body, string named)
    {
        await using var host = await ApiHosts.StartAsync();

        using var response = await host.Client.PostAsync("api/articles", new StringContent(body, Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, (await ApiHosts.JsonAsync(response)).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostArticles_BodyOver2MB_Returns413()
    {
        await using var host = await ApiHosts.StartAsync();
        var body = JsonSerializer.Serialize(new { url = "https://x.example/big", text = new string('a', 2 * 1024 * 1024) });

        using var sized = await host.Client.PostAsync("api/articles", new StringContent(body, Encoding.UTF8, "application/json"), Ct);
        using var chunked = await host.Client.PostAsync("api/articles", new ChunkedContent(body), Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, sized.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, chunked.StatusCode);
    }

    [Fact]
    public async Task PostArticles_ProductionWithoutConfiguredKey_Returns403()
    {
        await using var host = await ApiHosts.StartAsync(environment: "Production");

        using var response = await ApiHosts.PostArticleAsync(host.Client, ApiHosts.TextArticle("https://x.example/p"), key: "anything");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("wrong-key", HttpStatusCode.Unauthorized)]
    [InlineData("s3cret-admin-key", HttpStatusCode.Created)]
    public async Task PostArticles_WithConfiguredKey_NeedsThatKey(string? sent, HttpStatusCode expected)
    {
        await using var host = await ApiHosts.StartAsync(environment: "Production", adminKey: "s3cret-admin-key");

        using var response = await ApiHosts.PostArticleAsync(host.Client, ApiHosts.TextArticle("https://x.example/k"), sent);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task PostArticles_DevelopmentWithConfiguredKey_StillNeedsKeyForWrites()
    {
        await using var host = await ApiHosts.StartAsync(adminKey: "dev-key");

        using var without = await ApiHosts.PostArticleAsync(host.Client, ApiHosts.TextArticle("https://x.example/d"));
        using var with = await ApiHosts.PostArticleAsync(host.Client, ApiHosts.TextArticle("https://x.example/d"), "dev-key");

        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal(HttpStatusCode.Created, with.StatusCode);
    }

    private static List<string> Ids(JsonElement answer) =>
        answer.GetProperty("facts").EnumerateArray().Select(f => f.GetProperty("id").GetString()!).Order().ToList();

    /// <summary>Content without a length, so the server only learns the size by reading.</summary>
    private sealed class ChunkedContent(string text) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            stream.WriteAsync(Encoding.UTF8.GetBytes(text)).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}
