using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace AllianceBot.Facts.Storage;

/// <summary>
/// The storage account every part of AllianceBot uses, read the way Azure Functions reads it:
/// <c>AzureWebJobsStorage</c> as a connection string (default <c>UseDevelopmentStorage=true</c>, i.e. Azurite), or,
/// in Azure without shared keys, <c>AzureWebJobsStorage__accountName</c> (or <c>__tableServiceUri</c>/<c>__queueServiceUri</c>)
/// with the managed identity named by <c>AzureWebJobsStorage__clientId</c>.
/// </summary>
public sealed class StorageAccount
{
    public const string SettingName = "AzureWebJobsStorage";
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";

    private StorageAccount(string? connectionString, Uri? tableUri, Uri? queueUri, TokenCredential? credential)
    {
        ConnectionString = connectionString;
        TableServiceUri = tableUri;
        QueueServiceUri = queueUri;
        Credential = credential;
    }

    /// <summary>The connection string, or null when the account is reached by identity.</summary>
    public string? ConnectionString { get; }

    public Uri? TableServiceUri { get; }

    public Uri? QueueServiceUri { get; }

    public TokenCredential? Credential { get; }

    public static StorageAccount FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = configuration[SettingName];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new StorageAccount(connectionString, null, null, null);
        }

        var section = configuration.GetSection(SettingName);
        var accountName = section["accountName"];
        var tableUri = Uri(section["tableServiceUri"]) ?? Uri(accountName is null ? null : $"https://{accountName}.table.core.windows.net");
        var queueUri = Uri(section["queueServiceUri"]) ?? Uri(accountName is null ? null : $"https://{accountName}.queue.core.windows.net");
        if (tableUri is null)
        {
            return new StorageAccount(DevelopmentStorage, null, null, null);
        }

        var clientId = section["clientId"];
        TokenCredential credential = string.IsNullOrEmpty(clientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
        return new StorageAccount(null, tableUri, queueUri, credential);
    }

    public TableServiceClient CreateTableServiceClient() =>
        ConnectionString is not null
            ? new TableServiceClient(ConnectionString)
            : new TableServiceClient(TableServiceUri!, Credential!);

    /// <summary>The queue service of the same account (<c>QueueServiceUri</c> with the identity, or the connection string).</summary>
    public QueueServiceClient CreateQueueServiceClient(QueueClientOptions? options = null) =>
        ConnectionString is not null
            ? new QueueServiceClient(ConnectionString, options)
            : new QueueServiceClient(QueueServiceUri ?? throw new InvalidOperationException(
                $"Set {SettingName}__queueServiceUri or {SettingName}__accountName to reach the queue service."), Credential!, options);

    private static Uri? Uri(string? value) => string.IsNullOrWhiteSpace(value) ? null : new Uri(value, UriKind.Absolute);
}
