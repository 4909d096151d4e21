using AllianceBot.Bot.Subscriptions;

namespace AllianceBot.Bot.Digests;

/// <summary>
/// Local dates and times of subscribers in their IANA zones. A local time that does not exist (the spring-forward gap)
/// is moved forward by the gap (02:30 → 03:30); one that exists twice (fall back) is taken at its first occurrence.
/// </summary>
public static class DigestClock
{
    public static TimeZoneInfo Zone(Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return TimeZoneNames.Find(subscription.TimeZone) ?? TimeZoneInfo.Utc;
    }

    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>The instant of <paramref name="at"/> on local <paramref name="date"/> in <paramref name="zone"/>.</summary>
    public static DateTimeOffset Instant(DateOnly date, TimeOnly at, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(at, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            var before = zone.GetUtcOffset(local.AddHours(-6));
            return new DateTimeOffset(local - before, TimeSpan.Zero).ToOffset(zone.GetUtcOffset(local.AddHours(6)));
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>
    /// The local date whose digest is due at <paramref name="now"/>, or null: today once today's slot has passed, else
    /// yesterday's slot when it was missed (host down); never a slot before the subscription became active, never a
    /// date already delivered.
    /// </summary>
    public static DateOnly? DueDate(Subscription subscription, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var zone = Zone(subscription);
        var today = LocalDate(now, zone);
        foreach (var date in new[] { today, today.AddDays(-1) })
        {
            var slot = Instant(date, subscription.At, zone);
            if (slot > now)
            {
                continue;
            }

            var delivered = subscription.LastDeliveredDate is { } last && last >= date;
            return slot < subscription.ActiveSince || delivered ? null : date;
        }

        return null;
    }

    /// <summary>The first slot after the last delivered date and not before activation: what the due step filters on.</summary>
    public static DateTimeOffset NextDueAt(Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var zone = Zone(subscription);
        var activeDate = LocalDate(subscription.ActiveSince, zone);
        var date = subscription.LastDeliveredDate is { } last && last >= activeDate ? last.AddDays(1) : activeDate;
        var slot = Instant(date, subscription.At, zone);
        return slot >= subscription.ActiveSince ? slot : Instant(date.AddDays(1), subscription.At, zone);
    }
}
