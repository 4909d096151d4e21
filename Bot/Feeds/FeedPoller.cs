using System.ServiceModel.Syndication;
using System.Xml;
using AllianceBot.Bot.Hosting;
using AllianceBot.Facts.Ingestion;
using AllianceBot.Facts.Model;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Feeds;

/// <summary>
/// Reads every configured RSS/Atom feed (System.ServiceModel.Syndication), fetches each item not yet in the
/// <see cref="FeedItemLog"/>, reads the page with <see cref="HtmlArticleReader"/> and ingests it, then logs the item as
/// seen. A failed item is logged and left unseen, so the next poll retries it; a failed feed never stops the others.
/// The Bot host runs it from <see cref="FeedPollingService"/>, Azure Functions from a timer.
/// </summary>
public sealed class FeedPoller(
    IHttpClientFactory http, ArticleIngestor ingestor, FeedItemLog seen, IOptions<FeedOptions> options, ILogger<FeedPoller> logger)
{
    public const string HttpClientName = "feeds";

    public async Task<FeedPollResult> PollAsync(CancellationToken ct = default)
    {
        using var operation = Telemetry.Source.StartActivity(Telemetry.Ingestion);
        operation?.SetTag("feeds.count", options.Value.Urls.Count);
        var total = new FeedPollResult(0, 0, 0, 0);
        foreach (var feed in options.Value.Urls)
        {
            try
            {
                var (ingested, failed) = await PollFeedAsync(feed, ct);
                total = total with { Feeds = total.Feeds + 1, Ingested = total.Ingested + ingested, FailedItems = total.FailedItems + failed };
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                logger.LogError(e, "Feed {Feed} could not be read; it is tried again on the next poll", feed);
                total = total with { Feeds = total.Feeds + 1, FailedFeeds = total.FailedFeeds + 1 };
            }
        }

        logger.LogInformation("Polled {Feeds} feeds: {Ingested} items ingested, {FailedItems} items and {FailedFeeds} feeds failed",
            total.Feeds, total.Ingested, total.FailedItems, total.FailedFeeds);
        return total;
    }

    private async Task<(int Ingested, int Failed)> PollFeedAsync(Uri feed, CancellationToken ct)
    {
        var items = await ReadFeedAsync(feed, ct);
        int ingested = 0, failed = 0;
        foreach (var item in items)
        {
            if (Link(feed, item) is not { } link)
            {
                logger.LogWarning("Feed {Feed} has an item without a link: {ItemId}", feed, item.Id);
                continue;
            }

            var key = string.IsNullOrWhiteSpace(item.Id) ? link.AbsoluteUri : item.Id.Trim();
            if (await seen.IsSeenAsync(feed, key, ct))
            {
                continue;
            }

            if (await TryIngestAsync(feed, key, link, item, ct))
            {
                ingested++;
            }
            else
            {
                failed++;
            }
        }

        return (ingested, failed);
    }

    private async Task<bool> TryIngestAsync(Uri feed, string key, Uri link, SyndicationItem item, CancellationToken ct)
    {
        try
        {
            var html = await http.CreateClient(HttpClientName).GetStringAsync(link, ct);
            var article = Complete(HtmlArticleReader.Read(link.AbsoluteUri, html), item);
            if (string.IsNullOrWhiteSpace(article.Text))
            {
                logger.LogWarning("Feed item {Link} has no article text; it is skipped", link);
                await seen.MarkSeenAsync(feed, key, link, "empty", null, ct);
                return true;
            }

            var result = await ingestor.IngestAsync(article, ct);
            await seen.MarkSeenAsync(feed, key, link, result.Created ? "ingested" : "known", result.ArticleId, ct);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogWarning(e, "Feed item {Link} of {Feed} failed; it is tried again on the next poll", link, feed);
            return false;
        }
    }

    private async Task<IReadOnlyList<SyndicationItem>> ReadFeedAsync(Uri feed, CancellationToken ct)
    {
        var xml = await http.CreateClient(HttpClientName).GetStringAsync(feed, ct);
        using var text = new StringReader(xml);
        using var reader = XmlReader.Create(text, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
        return SyndicationFeed.Load(reader).Items.ToList();
    }

    private static Uri? Link(Uri feed, SyndicationItem item)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri;
        if (link is null && Uri.TryCreate(item.Id, UriKind.Absolute, out var id) && id.Scheme is "http" or "https")
        {
            link = id;
        }

        return link is null ? null : link.IsAbsoluteUri ? link : new Uri(feed, link);
    }

    /// <summary>Fills what the page did not say from the feed item: title, publication date, and its summary as text.</summary>
    private static Article Complete(Article article, SyndicationItem item) => article with
    {
        Title = article.Title ?? item.Title?.Text,
        Published = article.Published ?? (item.PublishDate != default ? DateOnly.FromDateTime(item.PublishDate.DateTime) : null),
        Text = string.IsNullOrWhiteSpace(article.Text) ? item.Summary?.Text ?? string.Empty : article.Text,
    };
}
