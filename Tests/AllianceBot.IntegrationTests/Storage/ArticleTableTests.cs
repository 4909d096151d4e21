using AllianceBot.Facts.Model;
using AllianceBot.Facts.Storage;
using AllianceBot.Testing;
using Azure.Data.Tables;

namespace AllianceBot.IntegrationTests.Storage;

public sealed class ArticleTableTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RecordAsync_ThenGet_FindsArticleByUrlAndByContent()
    {
        var table = new ArticleTable(new TableClient(Azurite.ConnectionString, Azurite.UniqueName("articles")));
        var article = new Article("https://News.Example/a?id=1#top", "T", "P", new DateOnly(2026, 3, 1), "Some  text\n here.");
        var record = new ArticleRecord(ArticleTable.IdFor(article.Url), article.Url, ArticleTable.HashContent(article),
            article.Title, article.Publisher, article.Published, 3, TestFacts.Ingested);

        await table.RecordAsync(record, Ct);

        Assert.Equal(record, await table.GetByUrlAsync("https://news.example/a?id=1", Ct));
        Assert.Equal(record, await table.GetByContentAsync(ArticleTable.HashContent(article with { Text = "Some text here." }), Ct));
        Assert.Null(await table.GetByUrlAsync("https://news.example/a?id=2", Ct));
    }
}
