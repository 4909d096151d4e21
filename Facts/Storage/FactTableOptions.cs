using System.ComponentModel.DataAnnotations;

namespace AllianceBot.Facts.Storage;

/// <summary>Where facts are stored. Bound from configuration section <c>Facts</c>.</summary>
public sealed class FactTableOptions
{
    public const string Section = "Facts";

    /// <summary>Name of the fact table.</summary>
    [Required, RegularExpression("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    public string TableName { get; set; } = "Facts";

    /// <summary>Name of the table of ingested articles (by URL and by content hash).</summary>
    [Required, RegularExpression("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    public string ArticleTableName { get; set; } = "Articles";

    /// <summary>On the Bot host: when the fact table is empty at start, ingest the sample articles.</summary>
    public bool LoadSamples { get; set; }

    /// <summary>Folder of sample articles (<c>*.txt</c>); a relative path is looked for in the content root and the folders above it.</summary>
    [Required]
    public string SamplesPath { get; set; } = "samples/articles";
}
