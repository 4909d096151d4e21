using AllianceBot.Facts.Extraction;

namespace AllianceBot.Tests.Facts.Extraction;

public sealed class DateResolverTests
{
    private static readonly DateOnly Thursday = new(2024, 5, 16);

    private readonly DateResolver resolver = new();

    [Theory]
    [InlineData("Thursday", "2024-05-16")]
    [InlineData("on Tuesday", "2024-05-14")]
    [InlineData("early Friday", "2024-05-10")]
    [InlineData("last Thursday", "2024-05-09")]
    [InlineData("next Monday", "2024-05-20")]
    [InlineData("yesterday", "2024-05-15")]
    [InlineData("today", "2024-05-16")]
    [InlineData("Feb. 24", "2024-02-24")]
    [InlineData("February 24, 2022", "2022-02-24")]
    [InlineData("24 February", "2024-02-24")]
    [InlineData("Sept. 2", "2024-09-02")]
    [InlineData("2023-11-30", "2023-11-30")]
    public void Resolve_DayExpression_GivesTheDayAgainstPublication(string expression, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), resolver.Resolve(expression, Thursday));
    }

    [Fact]
    public void Resolve_MonthLaterThanHalfAYearAhead_MeansLastYear()
    {
        Assert.Equal(new DateOnly(2024, 12, 20), resolver.Resolve("Dec. 20", new DateOnly(2025, 1, 5)));
    }

    [Theory]
    [InlineData("earlier this month")]
    [InlineData("last week")]
    [InlineData("in 2014")]
    [InlineData("after 9/11")]
    public void Find_VagueExpression_IsFoundWithoutADay(string text)
    {
        var mention = Assert.Single(resolver.Find(text, Thursday));

        Assert.Null(mention.Date);
    }

    [Fact]
    public void Find_ModalMay_IsNoDate()
    {
        Assert.Empty(resolver.Find("Troops may arrive soon.", Thursday));
    }
}
