using AllianceBot.Bot.Subscriptions;
using AllianceBot.Facts.Model;

namespace AllianceBot.Tests.Subscriptions;

public sealed class SubscriptionCommandParserTests
{
    private readonly SubscriptionCommandParser parser = new();

    [Fact]
    public void Parse_NoArguments_DefaultsToEightInClientZoneAllKinds()
    {
        var result = parser.Parse(string.Empty, "America/New_York");

        Assert.Null(result.Error);
        Assert.Equal(new TimeOnly(8, 0), result.Request!.At);
        Assert.Equal("America/New_York", result.Request.TimeZone);
        Assert.Empty(result.Request.Topics.Kinds);
        Assert.Empty(result.Request.Topics.Countries);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Not/AZone")]
    public void Parse_NoUsableClientZone_DefaultsToUtc(string? clientZone)
    {
        var result = parser.Parse("", clientZone);

        Assert.Equal("UTC", result.Request!.TimeZone);
    }

    [Fact]
    public void Parse_KindCountryTimeAndZone_ReadsEach()
    {
        var result = parser.Parse("deployments poland at 07:30 Europe/Warsaw", "UTC");

        var request = result.Request!;
        Assert.Equal([FactKind.Deployment], request.Topics.Kinds);
        Assert.Equal(["Poland"], request.Topics.Countries);
        Assert.Equal(new TimeOnly(7, 30), request.At);
        Assert.Equal("Europe/Warsaw", request.TimeZone);
        Assert.Equal("Daily at 07:30 Europe/Warsaw: deployments about Poland", Describe(request));
    }

    [Theory]
    [InlineData("at 7pm", 19, 0)]
    [InlineData("at 7:45 am", 7, 45)]
    [InlineData("at 12am", 0, 0)]
    [InlineData("at 23:59", 23, 59)]
    [InlineData("6.15", 6, 15)]
    public void Parse_TimeForms_ReadsHourAndMinute(string text, int hour, int minute)
    {
        var result = parser.Parse(text, null);

        Assert.Equal(new TimeOnly(hour, minute), result.Request!.At);
    }

    [Theory]
    [InlineData("at 25:00", "25:00")]
    [InlineData("at 7:75", "7:75")]
    [InlineData("at 13pm", "13pm")]
    [InlineData("at noon", "noon")]
    public void Parse_BadTime_ErrorNamesTheTime(string text, string named)
    {
        var result = parser.Parse(text, null);

        Assert.Null(result.Request);
        Assert.Contains($"\"{named}\"", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownZone_ErrorNamesTheZone()
    {
        var result = parser.Parse("at 07:00 Europe/Atlantis", null);

        Assert.Null(result.Request);
        Assert.Contains("\"Europe/Atlantis\"", result.Error, StringComparison.Ordinal);
        Assert.Contains("time zone", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LowerCaseZone_FindsTheZone()
    {
        var result = parser.Parse("at 9 america/new_york", null);

        Assert.Equal("America/New_York", result.Request!.TimeZone);
    }

    [Fact]
    public void Parse_UnknownWord_ErrorNamesTheWord()
    {
        var result = parser.Parse("deployments narnia", null);

        Assert.Null(result.Request);
        Assert.Contains("\"narnia\"", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralKindsAndTwoWordCountries_ReadsAll()
    {
        var result = parser.Parse("article 5, statements and decisions about united kingdom, lithuania", null);

        var topics = result.Request!.Topics;
        Assert.Equal([FactKind.Article5, FactKind.Statement, FactKind.Decision], topics.Kinds);
        Assert.Equal(["United Kingdom", "Lithuania"], topics.Countries);
        Assert.Equal("Article 5 stances, statements and decisions about United Kingdom and Lithuania", topics.Describe());
    }

    private static string Describe(SubscriptionRequest request) => new Subscription
    {
        Id = "x",
        Reference = new Bot.Protocol.ConversationReference("msteams", "https://example.org/", new Bot.Protocol.ConversationAccount("c"), new Bot.Protocol.ChannelAccount("b")),
        Topics = request.Topics,
        At = request.At,
        TimeZone = request.TimeZone,
        CreatedAt = default,
        UpdatedAt = default,
        ActiveSince = default,
    }.Describe();
}
