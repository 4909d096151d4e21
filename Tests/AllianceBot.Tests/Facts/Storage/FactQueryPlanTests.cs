using AllianceBot.Facts.Model;
using AllianceBot.Facts.Storage;

namespace AllianceBot.Tests.Facts.Storage;

public sealed class FactQueryPlanTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void For_CountryWithKindAndSpeaker_ReadsCountryPartitionNarrowedByColumns()
    {
        var plan = FactQueryPlan.For(new FactQuery { Country = "Poland", Kind = FactKind.Statement, Speaker = "Ann  Example" }, Now);

        var filter = Assert.Single(plan.Filters);
        Assert.Equal(["country|poland"], plan.Partitions);
        Assert.StartsWith("PartitionKey eq 'country|poland' and ", filter, StringComparison.Ordinal);
        Assert.Contains("Kind eq 'statement'", filter, StringComparison.Ordinal);
        Assert.Contains("SpeakerKey eq 'ann example'", filter, StringComparison.Ordinal);
    }

    [Fact]
    public void For_KindWithDates_UsesRowKeyRangeNewestFirst()
    {
        var plan = FactQueryPlan.For(new FactQuery { Kind = FactKind.Event, Since = new DateOnly(2026, 3, 1), Until = new DateOnly(2026, 3, 5) }, Now);

        var filter = Assert.Single(plan.Filters);
        Assert.Contains($"RowKey ge '{FactKeys.DatePart(new DateOnly(2026, 3, 5))}'", filter, StringComparison.Ordinal);
        Assert.Contains($"RowKey lt '{int.Parse(FactKeys.DatePart(new DateOnly(2026, 3, 1)), System.Globalization.CultureInfo.InvariantCulture) + 1:D7}'", filter, StringComparison.Ordinal);
        Assert.True(string.CompareOrdinal(FactKeys.DatePart(new DateOnly(2026, 3, 5)), FactKeys.DatePart(new DateOnly(2026, 3, 1))) < 0);
    }

    [Fact]
    public void For_RecentIngestedSince_ReadsEachDayLatestFirst()
    {
        var plan = FactQueryPlan.For(new FactQuery { IngestedSince = Now.AddDays(-2) }, Now);

        Assert.Equal(["ingested|2026-03-10", "ingested|2026-03-09", "ingested|2026-03-08"], plan.Partitions);
    }

    [Fact]
    public void For_OldIngestedSince_ReadsAllPartitionWithColumnFilter()
    {
        var plan = FactQueryPlan.For(new FactQuery { IngestedSince = Now.AddDays(-90) }, Now);

        Assert.Equal(["all"], plan.Partitions);
        Assert.Contains("IngestedAt ge '2025-12-10T12:00:00.0000000Z'", plan.Filters[0], StringComparison.Ordinal);
    }

    [Fact]
    public void For_ValueWithQuote_EscapesIt()
    {
        var plan = FactQueryPlan.For(new FactQuery { Country = "x' or PartitionKey ne '" }, Now);

        Assert.Equal("PartitionKey eq 'country|x'' or partitionkey ne '''", plan.Filters[0]);
    }
}
