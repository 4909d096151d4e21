using AllianceBot.Bot.Feeds;
using AllianceBot.Facts.Storage;
using AllianceBot.Functions.Timers;
using AllianceBot.IntegrationTests.Functions.Http;
using AllianceBot.Testing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceBot.IntegrationTests.Feeds;

public sealed class FeedPollerTests
{
    private static readonly string[] Topics = ["air-patrols", "exercise", "summit"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PollAsync_TwoRuns_IngestsEachItemOnce()
    {
        await using var web = await LoopbackWebServer.StartAsync();
        web.Routes["/rss.xml"] = TestFeeds.Rss("/news/air-patrols", "/news/exercise");
        web.Routes["/atom.xml"] = TestFeeds.Atom("/news/summit");
        foreach (var topic in Topics)
        {
            web.Routes["/news/" + topic] = TestFeeds.Page(topic);
        }

        await using var services = Services(web.Url("/rss.xml"), web.Url("/atom.xml"));
        var poller = services.GetRequiredService<FeedPoller>();

        var first = await poller.PollAsync(Ct);
        var second = await poller.PollAsync(Ct);

        Assert.Equal(new FeedPollResult(2, 0, 3, 0), first);
        Assert.Equal(new FeedPollResult(2, 0, 0, 0), second);
        Assert.All(Topics, t => Assert.Equal(1, web.HitsOf("/news/" + t)));
        var article = await services.GetRequiredService<ArticleTable>().GetByUrlAsync(web.Url("/news/summit").AbsoluteUri, Ct);
        Assert.NotNull(article);
        Assert.Equal("summit", article.Title);
        Assert.Equal("Example Wire", article.Publisher);
    }

    [Fact]
    public async Task PollAsync_BrokenFeeds_DoNotStopTheOthers()
    {
        await using var web = await LoopbackWebServer.StartAsync();
        web.Routes["/down.xml"] = new WebAnswer("oops", Status: 500);
        web.Routes["/garbage.xml"] = new WebAnswer("<rss><channel><item>", "application/rss+xml");
        web.Routes["/good.xml"] = TestFeeds.Rss("/news/ok");
        web.Routes["/news/ok"] = TestFeeds.Page("ok");
        await using var services = Services(web.Url("/down.xml"), web.Url("/garbage.xml"), web.Url("/missing.xml"), web.Url("/good.xml"));

        var result = await services.GetRequiredService<FeedPoller>().PollAsync(Ct);

        Assert.Equal(new FeedPollResult(4, 3, 1, 0), result);
        Assert.NotNull(await services.GetRequiredService<ArticleTable>().GetByUrlAsync(web.Url("/news/ok").AbsoluteUri, Ct));
    }

    [Fact]
    public async Task PollAsync_PageFailsOnce_IsRetriedOnTheNextRunOnly()
    {
        await using var web = await LoopbackWebServer.StartAsync();
        web.Routes["/rss.xml"] = TestFeeds.Rss("/news/flaky", "/news/fine");
        web.Routes["/news/flaky"] = new WebAnswer("busy", Status: 503);
        web.Routes["/news/fine"] = TestFeeds.Page("fine");
        await using var services = Services(web.Url("/rss.xml"));
        var poller = services.GetRequiredService<FeedPoller>();

        var first = await poller.PollAsync(Ct);
        web.Routes["/news/flaky"] = TestFeeds.Page("flaky");
        var second = await poller.PollAsync(Ct);
        var third = await poller.PollAsync(Ct);

        Assert.Equal(new FeedPollResult(1, 0, 1, 1), first);
        Assert.Equal(new FeedPollResult(1, 0, 1, 0), second);
        Assert.Equal(new FeedPollResult(1, 0, 0, 0), third);
        Assert.Equal(2, web.HitsOf("/news/flaky"));
        Assert.Equal(1, web.HitsOf("/news/fine"));
    }

    [Fact]
    public async Task FeedPollFunction_Run_IngestsTheConfiguredFeeds()
    {
        await using var web = await LoopbackWebServer.StartAsync();
        web.Routes["/rss.xml"] = TestFeeds.Rss("/news/timer");
        web.Routes["/news/timer"] = TestFeeds.Page("timer");
        await using var services = Services(web.Url("/rss.xml"));
        var function = ActivatorUtilities.CreateInstance<FeedPollFunction>(services);

        await function.Run(new TimerInfo(), Ct);

        Assert.NotNull(await services.GetRequiredService<ArticleTable>().GetByUrlAsync(web.Url("/news/timer").AbsoluteUri, Ct));
    }

    [Fact]
    public async Task BotHost_WithFeedsConfigured_PollsThemInTheBackground()
    {
        await using var web = await LoopbackWebServer.StartAsync();
        web.Routes["/rss.xml"] = TestFeeds.Rss("/news/background");
        web.Routes["/news/background"] = TestFeeds.Page("background");
        await using var host = await BotHost.StartAsync(new Dictionary<string, string?>
        {
            ["Facts:TableName"] = Azurite.UniqueName("facts"),
            ["Facts:ArticleTableName"] = Azurite.UniqueName("articles"),
            ["Feeds:TableName"] = Azurite.UniqueName("feeditems"),
            ["Feeds:Urls:0"] = web.Url("/rss.xml").AbsoluteUri,
            ["Feeds:Interval"] = "00:00:01",
        });
        var articles = host.Services.GetRequiredService<ArticleTable>();

        ArticleRecord? found = null;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (found is null)
        {
            found = await articles.GetByUrlAsync(web.Url("/news/background").AbsoluteUri, timeout.Token);
            await Task.Delay(100, timeout.Token);
        }

        Assert.Equal("background", found.Title);
        Assert.Equal(1, web.HitsOf("/news/background"));
    }

    private static ServiceProvider Services(params Uri[] feeds) =>
        FunctionServices.Create(feeds.Select((f, i) => KeyValuePair.Create($"Feeds:Urls:{i}", (string?)f.AbsoluteUri))
            .ToDictionary(p => p.Key, p => p.Value));
}
