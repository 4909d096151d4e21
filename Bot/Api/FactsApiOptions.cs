namespace AllianceBot.Bot.Api;

/// <summary>The fact API on the Bot host. Bound from configuration section <c>Api</c>.</summary>
public sealed class FactsApiOptions
{
    public const string Section = "Api";

    /// <summary>
    /// The key callers send in the <c>x-functions-key</c> header on the Bot host: needed for writes, and for reads outside
    /// Development. Without it the Bot host accepts writes (and reads) only in Development. Azure Functions ignores it:
    /// there the function key is checked by the runtime.
    /// </summary>
    public string? AdminKey { get; set; }
}
