using AllianceBot.Testing;

namespace AllianceBot.IntegrationTests.Feeds;

/// <summary>RSS, Atom and news pages of our own wording, served from a <see cref="LoopbackWebServer"/>.</summary>
internal static class TestFeeds
{
    public static WebAnswer Rss(params string[] paths) => new($"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Example Wire</title><link>http://example.invalid/</link><description>News</description>
        {string.Concat(paths.Select(p => $"<item><title>Story {p}</title><link>{p}</link><guid isPermaLink=\"false\">rss-{p}</guid><pubDate>Wed, 04 Mar 2026 10:00:00 GMT</pubDate></item>"))}
        </channel></rss>
        """, "application/rss+xml");

    public static WebAnswer Atom(params string[] paths) => new($"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title><id>urn:example:atom</id><updated>2026-03-04T10:00:00Z</updated>
        {string.Concat(paths.Select(p => $"<entry><title>Entry {p}</title><id>urn:example:{p}</id><updated>2026-03-04T10:00:00Z</updated><link rel=\"alternate\" href=\"{p}\"/></entry>"))}
        </feed>
        """, "application/atom+xml");

    public static WebAnswer Page(string topic) => new($"""
        <html><head><title>{topic}</title><meta property="og:site_name" content="Example Wire">
        <meta property="article:published_time" content="2026-03-04T09:00:00Z"></head>
        <body><article><h1>{topic}</h1><p>Ministers discussed {topic} on Wednesday.</p>
        <p>"We are ready," a spokesperson for the alliance said about {topic}.</p></article></body></html>
        """);
}
