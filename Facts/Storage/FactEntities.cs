using System.Globalization;
using System.Text.Json;
using AllianceBot.Facts.Model;
using Azure.Data.Tables;

namespace AllianceBot.Facts.Storage;

/// <summary>
/// Maps a <see cref="Fact"/> to the table entities that hold it (the fact under its id, plus one whole copy per index
/// partition) and back. Lists are JSON arrays in string columns; enums are snake-case names; dates are <c>yyyy-MM-dd</c>;
/// <c>IngestedAt</c> is fixed-width UTC text so it compares as text.
/// </summary>
internal static class FactEntities
{
    /// <summary>The entity that stores <paramref name="fact"/> under its id.</summary>
    public static TableEntity Primary(Fact fact) => Create(fact, FactKeys.Primary(fact.Id), FactKeys.PrimaryRow(fact.Id), "fact");

    /// <summary>Every index copy of <paramref name="fact"/>: all, kind, source, countries, speaker, ingestion day.</summary>
    public static IEnumerable<TableEntity> Indexes(Fact fact)
    {
        var dateRow = FactKeys.DateRow(fact.Date, fact.Id);
        yield return Create(fact, FactKeys.All, dateRow, "all");
        yield return Create(fact, FactKeys.Kind(fact.Kind), dateRow, "kind");
        yield return Create(fact, FactKeys.Source(fact.Source.Url), dateRow, "source");
        foreach (var country in CountryKeys(fact))
        {
            yield return Create(fact, "country|" + country, dateRow, "country");
        }

        if (!string.IsNullOrWhiteSpace(fact.Speaker))
        {
            yield return Create(fact, FactKeys.Speaker(fact.Speaker), dateRow, "speaker");
        }

        yield return Create(fact, FactKeys.IngestedDay(DateOnly.FromDateTime(fact.IngestedAt.UtcDateTime)),
            FactKeys.IngestedRow(fact.IngestedAt, fact.Id), "ingested");
    }

    /// <summary>The countries a fact is filed under: its countries, where it deploys to, and who requested.</summary>
    public static IEnumerable<string> CountryKeys(Fact fact) =>
        fact.Countries.Concat(fact.To).Concat(fact.Requesters)
            .Where(c => !string.IsNullOrWhiteSpace(c))
            .Select(KeyText.Normalize)
            .Distinct(StringComparer.Ordinal);

    public static Fact ToFact(TableEntity entity) => new()
    {
        Id = entity.GetString("Id"),
        Kind = EnumNames.Parse<FactKind>(entity.GetString("Kind")),
        Summary = entity.GetString("Summary"),
        Date = Day(entity.GetString("Date")),
        Countries = List(entity, "Countries"),
        Actors = List(entity, "Actors"),
        Requesters = List(entity, "Requesters"),
        RequesterGroup = entity.GetString("RequesterGroup"),
        Stance = entity.GetString("Stance") is { } stance ? EnumNames.Parse<Article5Stance>(stance) : null,
        By = entity.GetString("By"),
        To = List(entity, "To"),
        Assets = List(entity, "Assets"),
        Size = entity.GetString("Size"),
        Speaker = entity.GetString("Speaker"),
        Role = entity.GetString("Role"),
        Quote = entity.GetString("Quote"),
        Certainty = EnumNames.Parse<Certainty>(entity.GetString("Certainty")),
        Source = new FactSource(entity.GetString("SourceUrl"), entity.GetString("SourceTitle"),
            entity.GetString("SourcePublisher"), Day(entity.GetString("SourcePublished"))),
        Evidence = entity.GetString("Evidence"),
        IngestedAt = DateTimeOffset.ParseExact(entity.GetString("IngestedAt"), "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'",
            CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
    };

    private static TableEntity Create(Fact fact, string partitionKey, string rowKey, string index)
    {
        var entity = new TableEntity(partitionKey, rowKey)
        {
            ["Index"] = index,
            ["Id"] = fact.Id,
            ["Kind"] = EnumNames.Of(fact.Kind),
            ["Summary"] = fact.Summary,
            ["Countries"] = Json(fact.Countries),
            ["Actors"] = Json(fact.Actors),
            ["Requesters"] = Json(fact.Requesters),
            ["To"] = Json(fact.To),
            ["Assets"] = Json(fact.Assets),
            ["Certainty"] = EnumNames.Of(fact.Certainty),
            ["SourceUrl"] = fact.Source.Url,
            ["SourceKey"] = FactKeys.SourceKey(fact.Source.Url),
            ["Evidence"] = fact.Evidence,
            ["IngestedAt"] = FactKeys.Instant(fact.IngestedAt),
        };
        Set(entity, "Date", fact.Date is { } date ? FactKeys.Day(date) : null);
        Set(entity, "RequesterGroup", fact.RequesterGroup);
        Set(entity, "Stance", fact.Stance is { } stance ? EnumNames.Of(stance) : null);
        Set(entity, "By", fact.By);
        Set(entity, "Size", fact.Size);
        Set(entity, "Speaker", fact.Speaker);
        Set(entity, "SpeakerKey", string.IsNullOrWhiteSpace(fact.Speaker) ? null : KeyText.Normalize(fact.Speaker));
        Set(entity, "Role", fact.Role);
        Set(entity, "Quote", fact.Quote);
        Set(entity, "SourceTitle", fact.Source.Title);
        Set(entity, "SourcePublisher", fact.Source.Publisher);
        Set(entity, "SourcePublished", fact.Source.Published is { } published ? FactKeys.Day(published) : null);
        return entity;
    }

    private static void Set(TableEntity entity, string name, string? value)
    {
        if (value is not null)
        {
            entity[name] = value;
        }
    }

    private static string Json(IReadOnlyList<string> values) => JsonSerializer.Serialize(values);

    private static string[] List(TableEntity entity, string name) =>
        entity.GetString(name) is { Length: > 0 } json ? JsonSerializer.Deserialize<string[]>(json) ?? [] : [];

    private static DateOnly? Day(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
