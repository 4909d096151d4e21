using System.Text.Json;
using AllianceBot.Bot.Cards;
using AllianceBot.Bot.Digests;
using AllianceBot.Facts.Model;
using AllianceBot.Testing.Facts;

namespace AllianceBot.Tests.Digests;

public sealed class DigestRepliesTests
{
    private static readonly DateTimeOffset Since = new(2026, 6, 1, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Render_GroupsInOrder_HeadingsNameKindsAndLeadCountsThem()
    {
        var digest = Digest(
            new DigestGroup(FactKind.Article5, [FixtureFacts.NotInvoked]),
            new DigestGroup(FactKind.Deployment, [FixtureFacts.Brigade, FixtureFacts.Jets]));

        var reply = DigestReplies.Render(digest, 20);

        Assert.Equal(["Article 5: ", "Deployment: ", "Deployment: "], reply.Items.Select(i => i.Heading[..(i.Heading.IndexOf(':', StringComparison.Ordinal) + 2)]));
        Assert.Contains("3 new since 1 Jun 2026 06:00 UTC: 1 Article 5 stance and 2 deployments.", reply.Lead, StringComparison.Ordinal);
        Assert.Equal(0, reply.MoreCount);
    }

    [Fact]
    public void Render_MoreFactsThanTheLimit_SaysAndNMore()
    {
        var facts = Enumerable.Range(0, 7).Select(i => FixtureFacts.Brigade with { Id = $"f{i}" }).ToList();

        var reply = DigestReplies.Render(Digest(new DigestGroup(FactKind.Deployment, facts)), 5);

        Assert.Equal(5, reply.Items.Count);
        Assert.Equal(2, reply.MoreCount);
    }

    [Fact]
    public void ToActivity_Teams_IsAdaptiveCard15WithQuoteAndSourceLink()
    {
        var digest = Digest(new DigestGroup(FactKind.Statement, [FixtureFacts.Resolve]));

        var activity = DigestReplies.ToActivity(digest, "msteams", 20);

        var attachment = Assert.Single(activity.Attachments!);
        Assert.Equal(AdaptiveCardRenderer.ContentType, attachment.ContentType);
        var card = attachment.Content!.Value.GetRawText();
        Assert.Contains("\"version\":\"1.5\"", card, StringComparison.Ordinal);
        Assert.Contains(FixtureFacts.Resolve.Quote!, card, StringComparison.Ordinal);
        Assert.Contains(FixtureFacts.Resolve.Source.Url, card, StringComparison.Ordinal);
        Assert.Contains("3 Mar 2024", card, StringComparison.Ordinal);
    }

    [Fact]
    public void ToActivity_Slack_PutsBlocksInChannelData()
    {
        var digest = Digest(new DigestGroup(FactKind.Deployment, [FixtureFacts.Brigade]));

        var activity = DigestReplies.ToActivity(digest, "slack", 20);

        Assert.Equal(JsonValueKind.Array, activity.ChannelData!.Value.GetProperty("blocks").ValueKind);
        Assert.Null(activity.Attachments);
    }

    [Fact]
    public void ToActivity_OtherChannel_IsTextWithSourceUrl()
    {
        var digest = Digest(new DigestGroup(FactKind.Deployment, [FixtureFacts.Brigade]));

        var activity = DigestReplies.ToActivity(digest, "telegram", 20);

        Assert.Contains(FixtureFacts.Brigade.Source.Url, activity.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("msteams")]
    [InlineData("slack")]
    [InlineData("telegram")]
    public void ToActivity_HugeFacts_StaysUnder80KilobytesAndCountsTheRest(string channel)
    {
        var big = new string('x', 5_000);
        var facts = Enumerable.Range(0, 200).Select(i => FixtureFacts.Resolve with { Id = $"f{i}", Quote = big + i, Summary = big + i }).ToList();

        var activity = DigestReplies.ToActivity(Digest(new DigestGroup(FactKind.Statement, facts)), channel, 200);

        Assert.True(ReplyRenderer.SizeOf(activity) < 80 * 1024);
        Assert.Contains("more", JsonSerializer.Serialize(activity), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Empty_SaysNothingNew()
    {
        var reply = DigestReplies.Render(Digest(), 20);

        Assert.Empty(reply.Items);
        Assert.StartsWith("Nothing new since", reply.Lead, StringComparison.Ordinal);
    }

    private static Digest Digest(params DigestGroup[] groups) => new("Your AllianceBot digest: all facts", Since, Since.AddDays(1), groups);
}
