using System.Text.Json;
using AllianceBot.Bot.Answering;
using AllianceBot.Bot.Cards;
using AllianceBot.Testing.Cards;
using AllianceBot.Testing.Facts;

namespace AllianceBot.IntegrationTests.Cards;

/// <summary>Every kind of reply, rendered, checked by the real validators: npm adaptivecards (1.5) and tsc with @slack/types.</summary>
public sealed class CardValidationTests
{
    public static TheoryData<string> ReplyNames => [.. Samples.Keys];

    private static readonly Dictionary<string, Reply> Samples = new()
    {
        ["answer"] = Replies.Answer("Has Article 5 been invoked?", new Answer("No. NATO did not invoke Article 5.", FixtureFacts.All) { MoreCount = 3 }),
        ["nothing"] = Replies.Answer("weather on Mars?", new Answer("I don't know anything about that.", []) { Suggestions = ["Has Article 5 been invoked?", "latest"] }),
        ["welcome"] = Replies.Welcome(["Has Article 5 been invoked?", "What did Halvorsen say?", "latest"]),
        ["help"] = Replies.HelpText(["latest"]),
        ["latest"] = Replies.LatestFacts(new SearchResult(FixtureFacts.All, 12), " since 4 Mar 2024", []),
        ["sources"] = Replies.Sources([new SourceSummary("https://example.org/a", "A <title> & more", "Example Wire", new DateOnly(2024, 3, 4), 3)]),
        ["huge"] = new Reply("Big", "Many") { Items = [.. Enumerable.Range(0, 120).Select(i => Replies.Item(FixtureFacts.Brigade with { Evidence = new string('e', 1100) }))] },
    };

    [Theory]
    [MemberData(nameof(ReplyNames))]
    public async Task Render_Teams_IsAValidAdaptiveCard15(string name)
    {
        var card = ReplyRenderer.Render(Samples[name], "msteams").Attachments![0].Content!.Value;

        var errors = await AdaptiveCardValidator.ValidateAsync(card, TestContext.Current.CancellationToken);

        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(ReplyNames))]
    public async Task Render_Slack_IsAValidSlackMessage(string name)
    {
        var payload = ReplyRenderer.Render(Samples[name], "slack").ChannelData!.Value.GetRawText();

        var errors = await SlackPayloadValidator.ValidateAsync(payload, TestContext.Current.CancellationToken);

        Assert.Empty(errors);
    }

    [Fact]
    public async Task AdaptiveCardValidator_InvalidCard_ReportsErrors()
    {
        var card = JsonDocument.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Bogus"}],"actions":[{"type":"Action.OpenUrl","title":"x"}]}""").RootElement;

        var errors = await AdaptiveCardValidator.ValidateAsync(card, TestContext.Current.CancellationToken);

        Assert.Contains(errors, e => e.Contains("Bogus", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("url", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SlackPayloadValidator_InvalidBlocks_ReportsErrors()
    {
        const string payload = """{"text":"x","blocks":[{"type":"sektion","text":{"type":"mrkdwn","text":"a"}},{"type":"header"}]}""";

        var errors = await SlackPayloadValidator.ValidateAsync(payload, TestContext.Current.CancellationToken);

        Assert.NotEmpty(errors);
    }
}
