using System.Globalization;
using AllianceBot.Facts.Model;

namespace AllianceBot.Facts.Storage;

/// <summary>
/// The key design of the fact table (see docs/fact-table.md). Every fact is stored once under its id (point reads) and
/// copied whole into index partitions whose row keys sort newest first, so every query reads one partition or a few.
/// </summary>
internal static class FactKeys
{
    /// <summary>Row-key date part of facts without a date: sorts after every real date (i.e. oldest).</summary>
    public const string NoDate = "9999999";

    public const string All = "all";

    public static string Primary(string id) => "fact|" + KeyText.Hash(id, 2);

    public static string PrimaryRow(string id) => KeyText.Normalize(id);

    public static string Kind(FactKind kind) => "kind|" + EnumNames.Of(kind);

    public static string Country(string country) => "country|" + KeyText.Normalize(country);

    public static string Speaker(string speaker) => "speaker|" + KeyText.Normalize(speaker);

    public static string Source(string url) => "source|" + SourceKey(url);

    public static string SourceKey(string url) => KeyText.Hash(url.Trim(), 32);

    public static string IngestedDay(DateOnly day) => "ingested|" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Row key of date-ordered partitions: inverted day number, so the newest date sorts first.</summary>
    public static string DateRow(DateOnly? date, string id) => DatePart(date) + "|" + KeyText.Normalize(id);

    public static string DatePart(DateOnly? date) =>
        date is { } d ? (DateOnly.MaxValue.DayNumber - d.DayNumber).ToString("D7", CultureInfo.InvariantCulture) : NoDate;

    /// <summary>Row key of ingestion partitions: inverted ticks, so the latest ingested sorts first.</summary>
    public static string IngestedRow(DateTimeOffset ingestedAt, string id) =>
        (DateTime.MaxValue.Ticks - ingestedAt.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "|" + KeyText.Normalize(id);

    /// <summary>The ingestion time as stored: fixed-width UTC text, so string order is time order.</summary>
    public static string Instant(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static string Day(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
