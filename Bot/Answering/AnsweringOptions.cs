using System.ComponentModel.DataAnnotations;

namespace AllianceBot.Bot.Answering;

/// <summary>How answers are found and how fresh the in-memory fact index is kept. Bound from section <c>Answering</c>.</summary>
public sealed class AnsweringOptions
{
    public const string Section = "Answering";

    /// <summary>How often the index asks the fact table for newly ingested facts. Default 10 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How far back each refresh looks before the newest ingestion time seen, for writes stamped earlier but stored later (a batch takes seconds). Default 30 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RefreshOverlap { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a question waits for the index's first load before asking the table directly. Default 3 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan WarmupWait { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How many facts an answer shows; the rest are counted as "and N more". Default 8.</summary>
    [Range(1, 20)]
    public int MaxFacts { get; set; } = 8;
}
