using AllianceBot.Bot.Subscriptions;
using AllianceBot.Bot.Understanding;
using Microsoft.Extensions.Time.Testing;

namespace AllianceBot.Tests.Understanding;

public sealed class CommandParserTests
{
    private readonly CommandParser parser = new(new TimePhraseParser(new FakeTimeProvider(new DateTimeOffset(2024, 3, 6, 12, 0, 0, TimeSpan.Zero))));

    [Theory]
    [InlineData("help", IntentKind.Help)]
    [InlineData("Help!", IntentKind.Help)]
    [InlineData("/help", IntentKind.Help)]
    [InlineData("sources", IntentKind.Sources)]
    [InlineData("latest", IntentKind.Latest)]
    [InlineData("What's new?", IntentKind.Latest)]
    [InlineData("", IntentKind.Empty)]
    public void Parse_CommandWord_GivesItsIntent(string text, IntentKind expected)
    {
        Assert.Equal(expected, parser.Parse(text)?.Kind);
    }

    [Theory]
    [InlineData("subscribe at 8:00 Europe/Warsaw", SubscriptionCommandNames.Subscribe, "at 8:00 Europe/Warsaw")]
    [InlineData("unsubscribe", SubscriptionCommandNames.Unsubscribe, "")]
    [InlineData("Digest now", SubscriptionCommandNames.DigestNow, "")]
    [InlineData("settings", SubscriptionCommandNames.Settings, "")]
    public void Parse_SubscriptionCommand_HandsOverCommandAndArguments(string text, string command, string arguments)
    {
        var intent = parser.Parse(text);

        Assert.Equal(IntentKind.Subscription, intent?.Kind);
        Assert.Equal(command, intent?.Command);
        Assert.Equal(arguments, intent?.Arguments);
    }

    [Fact]
    public void Parse_WhatsNewSinceMonday_GivesLatestFromMonday()
    {
        var intent = parser.Parse("what's new since Monday?");

        Assert.Equal(IntentKind.Latest, intent?.Kind);
        Assert.Equal(new DateRange(new DateOnly(2024, 3, 4), null), intent?.Range);
    }

    [Theory]
    [InlineData("Has Article 5 been invoked?")]
    [InlineData("latest on Lithuania")]
    [InlineData("Which countries help Moldova?")]
    public void Parse_Question_GivesNull(string text)
    {
        Assert.Null(parser.Parse(text));
    }
}
