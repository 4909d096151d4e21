using AllianceBot.Bot.Understanding;
using Microsoft.Extensions.Time.Testing;

namespace AllianceBot.Tests.Understanding;

public sealed class TimePhraseParserTests
{
    // Wednesday 6 March 2024, 12:00 UTC.
    private readonly TimePhraseParser parser = new(new FakeTimeProvider(new DateTimeOffset(2024, 3, 6, 12, 0, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData("what happened today", "2024-03-06", "2024-03-06")]
    [InlineData("anything yesterday?", "2024-03-05", "2024-03-05")]
    [InlineData("deployments this week", "2024-03-04", "2024-03-06")]
    [InlineData("statements last week", "2024-02-26", "2024-03-03")]
    [InlineData("what did she say last month", "2024-02-01", "2024-02-29")]
    [InlineData("since Monday", "2024-03-04", null)]
    [InlineData("troops in February 2022", "2022-02-01", "2022-02-28")]
    [InlineData("in 2022", "2022-01-01", "2022-12-31")]
    [InlineData("on 24 Feb 2022", "2022-02-24", "2022-02-24")]
    [InlineData("since March 1", "2024-03-01", null)]
    [InlineData("before 2024-01-15", null, "2024-01-15")]
    [InlineData("in the past 7 days", "2024-02-29", "2024-03-06")]
    [InlineData("in December", "2023-12-01", "2023-12-31")]
    public void Find_Phrase_GivesPeriod(string text, string? from, string? to)
    {
        var phrase = parser.Find(text);

        Assert.NotNull(phrase);
        Assert.Equal(new DateRange(Day(from), Day(to)), phrase.Range);
    }

    [Theory]
    [InlineData("Has Article 5 been invoked?")]
    [InlineData("Article 5 may be invoked")]
    [InlineData("Will troops march east?")]
    public void Find_NoTimePhrase_GivesNull(string text)
    {
        Assert.Null(parser.Find(text));
    }

    [Fact]
    public void Find_TodayInUserTimeZone_UsesTheirDate()
    {
        var late = new TimePhraseParser(new FakeTimeProvider(new DateTimeOffset(2024, 3, 6, 23, 30, 0, TimeSpan.Zero)));

        var phrase = late.Find("today", TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw"));

        Assert.Equal(new DateOnly(2024, 3, 7), phrase?.Range.From);
    }

    [Fact]
    public void RemoveFrom_Phrase_LeavesTheRestOfTheQuestion()
    {
        const string text = "What did Halvorsen say since Monday?";

        Assert.Equal("What did Halvorsen say ?", parser.Find(text)!.RemoveFrom(text));
    }

    private static DateOnly? Day(string? iso) => iso is null ? null : DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
