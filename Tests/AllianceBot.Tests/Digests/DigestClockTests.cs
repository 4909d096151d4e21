using AllianceBot.Bot.Digests;
using AllianceBot.Bot.Protocol;
using AllianceBot.Bot.Subscriptions;
using Microsoft.Extensions.Time.Testing;

namespace AllianceBot.Tests.Digests;

/// <summary>
/// The due rule, driven like the due step: a <see cref="FakeTimeProvider"/> stepped every 5 minutes, a digest "sent"
/// whenever one is due. Each test checks on which instants (UTC) digests went out.
/// </summary>
public sealed class DigestClockTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(5);

    [Fact]
    public void DueDate_WarsawAcrossSpringForward_SendsAt0730LocalEachDay()
    {
        var time = new FakeTimeProvider(Utc(2026, 3, 27, 12, 0));
        var subscription = Subscribe(time, "Europe/Warsaw", 7, 30);

        var sent = Run(time, ref subscription, TimeSpan.FromDays(3));

        Assert.Equal([Utc(2026, 3, 28, 6, 30), Utc(2026, 3, 29, 5, 30), Utc(2026, 3, 30, 5, 30)], sent.Select(s => s.At));
        Assert.Equal([new DateOnly(2026, 3, 28), new DateOnly(2026, 3, 29), new DateOnly(2026, 3, 30)], sent.Select(s => s.Date));
    }

    [Fact]
    public void DueDate_WarsawAcrossFallBack_SendsAt0730LocalEachDay()
    {
        var time = new FakeTimeProvider(Utc(2026, 10, 23, 12, 0));
        var subscription = Subscribe(time, "Europe/Warsaw", 7, 30);

        var sent = Run(time, ref subscription, TimeSpan.FromDays(3));

        Assert.Equal([Utc(2026, 10, 24, 5, 30), Utc(2026, 10, 25, 6, 30), Utc(2026, 10, 26, 6, 30)], sent.Select(s => s.At));
    }

    [Fact]
    public void DueDate_NewYorkAcrossSpringForwardAndFallBack_KeepsLocalHour()
    {
        var spring = new FakeTimeProvider(Utc(2026, 3, 6, 18, 0));
        var fall = new FakeTimeProvider(Utc(2026, 10, 30, 18, 0));
        var a = Subscribe(spring, "America/New_York", 7, 30);
        var b = Subscribe(fall, "America/New_York", 7, 30);

        var springSent = Run(spring, ref a, TimeSpan.FromDays(3));
        var fallSent = Run(fall, ref b, TimeSpan.FromDays(3));

        Assert.Equal([Utc(2026, 3, 7, 12, 30), Utc(2026, 3, 8, 11, 30), Utc(2026, 3, 9, 11, 30)], springSent.Select(s => s.At));
        Assert.Equal([Utc(2026, 10, 31, 11, 30), Utc(2026, 11, 1, 12, 30), Utc(2026, 11, 2, 12, 30)], fallSent.Select(s => s.At));
    }

    [Fact]
    public void DueDate_HourInSpringGap_SendsOnceAfterTheGap()
    {
        var time = new FakeTimeProvider(Utc(2026, 3, 28, 12, 0));
        var subscription = Subscribe(time, "Europe/Warsaw", 2, 30);

        var sent = Run(time, ref subscription, TimeSpan.FromDays(2));

        // 02:30 does not exist on 29 March in Warsaw: it is sent at 03:30 CEST (01:30 UTC), once.
        Assert.Equal([Utc(2026, 3, 29, 1, 30), Utc(2026, 3, 30, 0, 30)], sent.Select(s => s.At));
    }

    [Fact]
    public void DueDate_HourThatRepeatsAtFallBack_SendsOnceAtFirstOccurrence()
    {
        var time = new FakeTimeProvider(Utc(2026, 10, 24, 12, 0));
        var subscription = Subscribe(time, "Europe/Warsaw", 2, 30);

        var sent = Run(time, ref subscription, TimeSpan.FromDays(2));

        Assert.Equal([Utc(2026, 10, 25, 0, 30), Utc(2026, 10, 26, 1, 30)], sent.Select(s => s.At));
    }

    [Fact]
    public void DueDate_ZoneEastOfUtc_UsesTheLocalDate()
    {
        var time = new FakeTimeProvider(Utc(2026, 6, 1, 12, 0));
        var subscription = Subscribe(time, "Asia/Tokyo", 8, 0);

        var sent = Run(time, ref subscription, TimeSpan.FromDays(1));

        var only = Assert.Single(sent);
        Assert.Equal(Utc(2026, 6, 1, 23, 0), only.At);
        Assert.Equal(new DateOnly(2026, 6, 2), only.Date);
    }

    [Fact]
    public void DueDate_ZoneWestOfUtc_UsesTheLocalDate()
    {
        var time = new FakeTimeProvider(Utc(2026, 6, 1, 12, 0));
        var subscription = Subscribe(time, "Pacific/Honolulu", 20, 0);

        var sent = Run(time, ref subscription, TimeSpan.FromDays(1));

        var only = Assert.Single(sent);
        Assert.Equal(Utc(2026, 6, 2, 6, 0), only.At);
        Assert.Equal(new DateOnly(2026, 6, 1), only.Date);
    }

    [Fact]
    public void DueDate_HourMovedLaterAfterTodaysDigest_NoSecondDigestToday()
    {
        var time = new FakeTimeProvider(Utc(2026, 6, 1, 4, 0));
        var subscription = Subscribe(time, "Europe/Warsaw", 8, 0);
        var morning = Run(time, ref subscription, TimeSpan.FromHours(6));

        subscription = Change(subscription, 18, 0, time);
        var rest = Run(time, ref subscription, TimeSpan.FromDays(1.5));

        Assert.Equal([Utc(2026, 6, 1, 6, 0)], morning.Select(s => s.At));
        Assert.Equal([Utc(2026, 6, 2, 16, 0)], rest.Select(s => s.At));
    }

    [Fact]
    public void DueDate_HourMovedEarlierBeforeTodaysDigest_SendsAtTheNewHourToday()
    {
        var time = new FakeTimeProvider(Utc(2026, 6, 1, 4, 0));
        var subscription = Subscribe(time, "Europe/Warsaw", 11, 0);
        subscription = subscription with { LastDeliveredDate = new DateOnly(2026, 5, 31) };
        subscription = subscription with { NextDueAt = DigestClock.NextDueAt(subscription) };
        Run(time, ref subscription, TimeSpan.FromHours(2));

        subscription = Change(subscription, 7, 0, time);
        var sent = Run(time, ref subscription, TimeSpan.FromHours(6));

        Assert.Equal([Utc(2026, 6, 1, 6, 0)], sent.Select(s => s.At));
    }

    [Fact]
    public void DueDate_SubscribedAfterTodaysHour_FirstDigestTomorrow()
    {
        var time = new FakeTimeProvider(Utc(2026, 6, 1, 10, 0));
        var subscription = Subscribe(time, "Europe/Warsaw", 8, 0);

        var sent = Run(time, ref subscription, TimeSpan.FromDays(1));

        Assert.Equal([Utc(2026, 6, 2, 6, 0)], sent.Select(s => s.At));
    }

    [Fact]
    public void DueDate_DueStepMissedTheHour_CatchesUpOnceForYesterday()
    {
        var time = new FakeTimeProvider(Utc(2026, 6, 1, 4, 0));
        var subscription = Subscribe(time, "Europe/Warsaw", 23, 30);

        time.Advance(TimeSpan.FromHours(20));
        var late = DigestClock.DueDate(subscription, time.GetUtcNow());

        Assert.Equal(new DateOnly(2026, 6, 1), late);
    }

    [Fact]
    public void NextDueAt_AfterDelivery_IsTomorrowsSlotAcrossDst()
    {
        var time = new FakeTimeProvider(Utc(2026, 3, 1, 0, 0));
        var subscription = Subscribe(time, "Europe/Warsaw", 7, 30) with { LastDeliveredDate = new DateOnly(2026, 3, 28) };

        var next = DigestClock.NextDueAt(subscription);

        Assert.Equal(Utc(2026, 3, 29, 5, 30), next);
    }

    private static List<(DateTimeOffset At, DateOnly Date)> Run(FakeTimeProvider time, ref Subscription subscription, TimeSpan span)
    {
        var sent = new List<(DateTimeOffset, DateOnly)>();
        var end = time.GetUtcNow() + span;
        while (time.GetUtcNow() < end)
        {
            var now = time.GetUtcNow();
            if (subscription.NextDueAt <= now && DigestClock.DueDate(subscription, now) is { } date)
            {
                sent.Add((now, date));
                subscription = subscription with { LastDeliveredDate = date };
                subscription = subscription with { NextDueAt = DigestClock.NextDueAt(subscription) };
            }

            time.Advance(Step);
        }

        return sent;
    }

    private static Subscription Subscribe(TimeProvider time, string zone, int hour, int minute)
    {
        var now = time.GetUtcNow();
        var subscription = new Subscription
        {
            Id = "s1",
            Reference = new ConversationReference("msteams", "https://smba.example/", new ConversationAccount("a:1"), new ChannelAccount("28:bot")),
            Topics = SubscriptionTopics.All,
            At = new TimeOnly(hour, minute),
            TimeZone = zone,
            CreatedAt = now,
            UpdatedAt = now,
            ActiveSince = now,
        };
        return subscription with { NextDueAt = DigestClock.NextDueAt(subscription) };
    }

    private static Subscription Change(Subscription subscription, int hour, int minute, TimeProvider time)
    {
        var changed = subscription with { At = new TimeOnly(hour, minute), UpdatedAt = time.GetUtcNow() };
        return changed with { NextDueAt = DigestClock.NextDueAt(changed) };
    }

    private static DateTimeOffset Utc(int y, int mo, int d, int h, int mi) => new(y, mo, d, h, mi, 0, TimeSpan.Zero);
}
