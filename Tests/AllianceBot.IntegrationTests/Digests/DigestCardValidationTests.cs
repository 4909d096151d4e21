using AllianceBot.Bot.Digests;
using AllianceBot.Bot.Protocol;
using AllianceBot.Bot.Subscriptions;
using AllianceBot.Facts.Model;
using AllianceBot.Testing.Cards;
using AllianceBot.Testing.Facts;

namespace AllianceBot.IntegrationTests.Digests;

/// <summary>The digest and the settings card, checked by the real validators: npm adaptivecards (1.5) and tsc with @slack/types.</summary>
public sealed class DigestCardValidationTests
{
    private static readonly DateTimeOffset Since = new(2026, 6, 1, 6, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Digest Full => new("Your AllianceBot digest: all facts", Since, Since.AddDays(1),
        FixtureFacts.All.GroupBy(f => f.Kind).OrderBy(g => DigestBuilder.Importance(g.Key)).Select(g => new DigestGroup(g.Key, g.ToList())).ToList());

    [Fact]
    public async Task ToActivity_Teams_IsAValidAdaptiveCard15()
    {
        var card = DigestReplies.ToActivity(Full, "msteams", 5).Attachments![0].Content!.Value;

        Assert.Empty(await AdaptiveCardValidator.ValidateAsync(card, Ct));
    }

    [Fact]
    public async Task ToActivity_Slack_IsAValidSlackMessage()
    {
        var payload = DigestReplies.ToActivity(Full, "slack", 5).ChannelData!.Value.GetRawText();

        Assert.Empty(await SlackPayloadValidator.ValidateAsync(payload, Ct));
    }

    [Fact]
    public async Task SettingsCard_Teams_IsAValidAdaptiveCard15()
    {
        var subscription = new Subscription
        {
            Id = "s",
            Reference = new ConversationReference("msteams", "https://smba.example/", new ConversationAccount("a:1"), new ChannelAccount("28:bot")),
            Topics = new SubscriptionTopics([FactKind.Deployment, FactKind.Statement], ["Poland"]),
            At = new TimeOnly(7, 30),
            TimeZone = "Europe/Warsaw",
            CreatedAt = Since,
            UpdatedAt = Since,
            ActiveSince = Since,
        };

        var card = SubscriptionSettingsCard.Render(subscription, "UTC", "msteams").Attachments![0].Content!.Value;

        Assert.Empty(await AdaptiveCardValidator.ValidateAsync(card, Ct));
    }
}
