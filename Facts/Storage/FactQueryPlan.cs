using System.Globalization;
using Azure.Data.Tables;

namespace AllianceBot.Facts.Storage;

/// <summary>
/// Which partitions a <see cref="FactQuery"/> reads, in order, and the filter for each. The most selective index wins:
/// country, then source, then speaker, then kind, then the ingestion days (when <see cref="FactQuery.IngestedSince"/> is
/// at most <see cref="MaxIngestedDays"/> days back), else the <c>all</c> partition. The other filters narrow the chosen
/// partition on columns every copy carries. Every value goes through <see cref="TableClient.CreateQueryFilter(FormattableString)"/>;
/// the escaped parts are then joined with <c>and</c>.
/// </summary>
internal sealed record FactQueryPlan(IReadOnlyList<string> Partitions, IReadOnlyList<string> Filters)
{
    public const int MaxIngestedDays = 31;

    public static FactQueryPlan For(FactQuery query, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (partitions, index) = Choose(query, now);
        var conditions = new List<string>();
        AddSecondary(query, index, conditions);
        var filters = partitions
            .Select(p => string.Join(" and ", conditions.Prepend(TableClient.CreateQueryFilter($"PartitionKey eq {p}"))))
            .ToList();
        return new FactQueryPlan(partitions, filters);
    }

    private static (List<string> Partitions, string Index) Choose(FactQuery query, DateTimeOffset now)
    {
        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            return ([FactKeys.Country(query.Country)], "country");
        }

        if (!string.IsNullOrWhiteSpace(query.SourceUrl))
        {
            return ([FactKeys.Source(query.SourceUrl)], "source");
        }

        if (!string.IsNullOrWhiteSpace(query.Speaker))
        {
            return ([FactKeys.Speaker(query.Speaker)], "speaker");
        }

        if (query.Kind is { } kind)
        {
            return ([FactKeys.Kind(kind)], "kind");
        }

        if (query.IngestedSince is { } since && now - since <= TimeSpan.FromDays(MaxIngestedDays))
        {
            return (IngestedDays(since, now), "ingested");
        }

        return ([FactKeys.All], "all");
    }

    private static List<string> IngestedDays(DateTimeOffset since, DateTimeOffset now)
    {
        var first = DateOnly.FromDateTime(since.UtcDateTime);
        var days = new List<string>();
        for (var day = DateOnly.FromDateTime(now.UtcDateTime); day >= first; day = day.AddDays(-1))
        {
            days.Add(FactKeys.IngestedDay(day));
        }

        return days;
    }

    private static void AddSecondary(FactQuery query, string index, List<string> conditions)
    {
        if (query.Kind is { } kind && index != "kind")
        {
            conditions.Add(TableClient.CreateQueryFilter($"Kind eq {EnumNames.Of(kind)}"));
        }

        if (!string.IsNullOrWhiteSpace(query.Speaker) && index != "speaker")
        {
            conditions.Add(TableClient.CreateQueryFilter($"SpeakerKey eq {KeyText.Normalize(query.Speaker)}"));
        }

        if (!string.IsNullOrWhiteSpace(query.SourceUrl) && index != "source")
        {
            conditions.Add(TableClient.CreateQueryFilter($"SourceKey eq {FactKeys.SourceKey(query.SourceUrl)}"));
        }

        if (query.IngestedSince is { } ingested)
        {
            conditions.Add(TableClient.CreateQueryFilter($"IngestedAt ge {FactKeys.Instant(ingested)}"));
        }

        AddDates(query, index == "ingested", conditions);
    }

    private static void AddDates(FactQuery query, bool byColumn, List<string> conditions)
    {
        if (byColumn)
        {
            if (query.Since is { } since)
            {
                conditions.Add(TableClient.CreateQueryFilter($"Date ge {FactKeys.Day(since)}"));
            }

            if (query.Until is { } until)
            {
                conditions.Add(TableClient.CreateQueryFilter($"Date le {FactKeys.Day(until)}"));
            }

            return;
        }

        if (query.Until is { } last)
        {
            conditions.Add(TableClient.CreateQueryFilter($"RowKey ge {FactKeys.DatePart(last)}"));
        }

        var upper = query.Since is { } first
            ? (DateOnly.MaxValue.DayNumber - first.DayNumber + 1).ToString("D7", CultureInfo.InvariantCulture)
            : query.Until is not null ? FactKeys.NoDate : null;
        if (upper is not null)
        {
            conditions.Add(TableClient.CreateQueryFilter($"RowKey lt {upper}"));
        }
    }
}
