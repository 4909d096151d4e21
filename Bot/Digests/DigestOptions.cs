using System.ComponentModel.DataAnnotations;

namespace AllianceBot.Bot.Digests;

/// <summary>Subscriptions and daily digests. Bound from configuration section <c>Digests</c> (docs/settings-digests.md).</summary>
public sealed class DigestOptions
{
    public const string Section = "Digests";

    [Required, RegularExpression("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    public string SubscriptionsTable { get; set; } = "Subscriptions";

    [Required, RegularExpression("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    public string DeliveriesTable { get; set; } = "Deliveries";

    /// <summary>The delivery queue; failed messages go to <c>{QueueName}-poison</c>.</summary>
    [Required, RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,55}[a-z0-9]$")]
    public string QueueName { get; set; } = "digests";

    /// <summary>Send a digest that says "nothing new" on a day without matching facts.</summary>
    public bool SendWhenEmpty { get; set; }

    /// <summary>Facts shown in one digest; beyond it the digest says "and N more".</summary>
    [Range(1, 100)]
    public int MaxFactsPerDigest { get; set; } = 20;

    /// <summary>Facts ingested this recently are left for the next digest (writes still in flight are not skipped).</summary>
    public TimeSpan IngestionLag { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How far back a first digest (or <c>digest now</c> without a subscription) looks.</summary>
    public TimeSpan FirstDigestLookback { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The due step re-enqueues a subscriber still "queued" after this long (a message lost between insert and enqueue).</summary>
    public TimeSpan RequeueAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// The due step waits while the queue holds more than this many messages (checked every 100 enqueues), so a big
    /// fan-out flows through the queue instead of flooding it. 0 = no limit.
    /// </summary>
    [Range(0, 1_000_000)]
    public int MaxQueueBacklog { get; set; } = 1_000;

    /// <summary>The longest one due step runs; subscribers it did not reach stay due for the next run.</summary>
    public TimeSpan DueStepBudget { get; set; } = TimeSpan.FromMinutes(4);

    /// <summary>Deliveries of the in-process host poll: tries before a message goes to the poison queue (host.json: maxDequeueCount).</summary>
    [Range(1, 100)]
    public int MaxDequeueCount { get; set; } = 5;

    /// <summary>How long a failed message stays invisible before the next try (in-process host).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Wait between tries of marking a sent digest (a storage blip after the send); three tries, then the message retries.</summary>
    public TimeSpan MarkRetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Retry-After used when a 429 carries none.</summary>
    public TimeSpan DefaultRetryAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A message throttled this many times is treated as failed (throws, so the queue's limit applies).</summary>
    [Range(1, 1000)]
    public int MaxThrottleRequeues { get; set; } = 50;

    /// <summary>Bot host only: run the due step and the queue poll in-process.</summary>
    public bool RunInProcess { get; set; } = true;

    /// <summary>Bot host only: how often the due step runs.</summary>
    public TimeSpan ScheduleInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Bot host only: wait between queue polls when the queue was empty.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Bot host only: deliveries processed at once.</summary>
    [Range(1, 1024)]
    public int Concurrency { get; set; } = 64;

    /// <summary>Bot host only: how long a received message stays invisible while it is processed.</summary>
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    public DigestPacingOptions Pacing { get; set; } = new();
}
