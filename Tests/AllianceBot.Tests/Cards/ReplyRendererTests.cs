using AllianceBot.Testing.Facts;
using System.Text.Json;
using AllianceBot.Bot.Cards;
using AllianceBot.Tests.Answering;

namespace AllianceBot.Tests.Cards;

public sealed class ReplyRendererTests
{
    private static readonly Reply Sample = new("Has Article 5 been invoked?", "No. NATO did not invoke Article 5.")
    {
        Items = [Replies.Item(FixtureFacts.NotInvoked), Replies.Item(FixtureFacts.Denial)],
        MoreCount = 2,
        Buttons = [new ReplyButton("Subscribe", "subscribe")],
    };

    [Theory]
    [InlineData("msteams")]
    [InlineData("emulator")]
    [InlineData("webchat")]
    [InlineData("directline")]
    public void Render_CardChannel_GivesAdaptiveCard15WithSummary(string channel)
    {
        var activity = ReplyRenderer.Render(Sample, channel);

        var attachment = Assert.Single(activity.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        Assert.Equal("1.5", attachment.Content!.Value.GetProperty("version").GetString());
        Assert.StartsWith("Has Article 5 been invoked?: No.", activity.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Teams_ShowsDateQuoteAndSourceLinkOfEachFact()
    {
        var card = ReplyRenderer.Render(Sample, "msteams").Attachments![0].Content!.Value.GetRawText();

        Assert.Contains("4 Mar 2024", card, StringComparison.Ordinal);
        Assert.Contains("There are no allied combat troops in Moldova", card, StringComparison.Ordinal);
        Assert.Contains("(https://example.org/news/baltic-consultations)", card, StringComparison.Ordinal);
        Assert.Contains("and 2 more", card, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Slack_GivesChannelDataWithMrkdwnTextAndBlocks()
    {
        var activity = ReplyRenderer.Render(Sample, "slack");

        var data = activity.ChannelData!.Value;
        Assert.Null(activity.Attachments);
        Assert.Contains("*Has Article 5 been invoked?*", data.GetProperty("text").GetString(), StringComparison.Ordinal);
        var types = data.GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("type").GetString()).ToList();
        Assert.Equal("header", types[0]);
        Assert.Contains("actions", types);
        Assert.Contains(Strings(data), s => s.Contains("<https://example.org/news/baltic-consultations|Example Wire>", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_SlackTextWithAngleBrackets_EscapesThem()
    {
        var activity = ReplyRenderer.Render(new Reply("Q", "a <b> & c"), "slack");

        Assert.Contains(Strings(activity.ChannelData!.Value), s => s.Contains("a &lt;b&gt; &amp; c", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_OtherChannel_GivesPlainText()
    {
        var activity = ReplyRenderer.Render(Sample, "telegram");

        Assert.Null(activity.Attachments);
        Assert.Contains("There are no allied combat troops in Moldova", activity.Text, StringComparison.Ordinal);
        Assert.Contains("https://example.org/news/baltic-consultations", activity.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("msteams")]
    [InlineData("slack")]
    [InlineData("telegram")]
    public void Render_HugeReply_StaysUnder80KbAndCountsWhatWasLeftOut(string channel)
    {
        var long1 = new string('x', 1000);
        var items = Enumerable.Range(0, 200).Select(i => new ReplyItem($"Fact {i} {long1}", "1 Mar 2024", "Example Wire", "https://example.org/a") { Excerpt = long1 }).ToList();
        var huge = new Reply("Big", "Many facts") { Items = items };

        var activity = ReplyRenderer.Render(huge, channel);

        Assert.True(ReplyRenderer.SizeOf(activity) < ReplyRenderer.MaxBytes);
        Assert.Contains("more.", JsonSerializer.Serialize(activity), StringComparison.Ordinal);
    }

    /// <summary>Every string value in <paramref name="element"/>, depth first.</summary>
    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}
