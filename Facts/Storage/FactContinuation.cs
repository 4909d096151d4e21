using System.Buffers.Text;
using System.Text.Json;

namespace AllianceBot.Facts.Storage;

/// <summary>
/// The opaque continuation token of <see cref="FactTable.QueryFactsAsync"/>: the partition to go on with and the table
/// service's own token inside it, as base64url JSON. A token that does not decode gives a <see cref="FormatException"/>.
/// </summary>
internal sealed record FactContinuation(string Partition, string? Token)
{
    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Wire(Partition, Token)));

    public static FactContinuation Decode(string token)
    {
        try
        {
            var wire = JsonSerializer.Deserialize<Wire>(Base64Url.DecodeFromChars(token));
            return wire?.P is { Length: > 0 } partition
                ? new FactContinuation(partition, wire.T)
                : throw new FormatException("The continuation token is not valid.");
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            throw new FormatException("The continuation token is not valid.", e);
        }
    }

    private sealed record Wire(string P, string? T);
}
