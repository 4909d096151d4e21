using System.ComponentModel.DataAnnotations;

namespace AllianceBot.Facts.Storage;

/// <summary>Where facts are stored. Bound from configuration section <c>Facts</c>.</summary>
public sealed class FactTableOptions
{
    public const string Section = "Facts";

    /// <summary>Storage connection string; defaults to the <c>AzureWebJobsStorage</c> setting, then <c>UseDevelopmentStorage=true</c> (Azurite).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Table service URI, used with managed identity when no connection string is set (Azure).</summary>
    public Uri? TableServiceUri { get; set; }

    /// <summary>Name of the fact table.</summary>
    [Required, RegularExpression("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    public string TableName { get; set; } = "Facts";
}
