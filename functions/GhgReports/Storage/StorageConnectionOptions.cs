namespace GhgReports.Storage;

/// <summary>
/// The storage connection setting (<see cref="StorageClients.ConnectionName"/>) the Functions bindings use too, in
/// either of its two shapes: a connection string as the setting's own value (<c>GhgStorage=UseDevelopmentStorage=true</c>
/// locally), or identity-based keys under it (<c>GhgStorage__blobServiceUri</c>, <c>__queueServiceUri</c>,
/// <c>__tableServiceUri</c>, <c>__credential=managedidentity</c>, <c>__clientId</c>) in Azure. No account keys in settings.
/// </summary>
public sealed class StorageConnectionOptions
{
    /// <summary>The setting's own value; bound from the section's value, not a key under it.</summary>
    public string? ConnectionString { get; set; }

    public string? BlobServiceUri { get; set; }
    public string? QueueServiceUri { get; set; }
    public string? TableServiceUri { get; set; }
    /// <summary>The blob endpoint under the name the Functions host also accepts; <see cref="BlobServiceUri"/> wins.</summary>
    public string? ServiceUri { get; set; }
    /// <summary>"managedidentity" (with <see cref="ClientId"/>) in Azure; otherwise the developer's own sign-in.</summary>
    public string? Credential { get; set; }
    public string? ClientId { get; set; }

    public bool IsIdentityBased => ConnectionString is not { Length: > 0 };

    public bool UsesManagedIdentity => string.Equals(Credential, "managedidentity", StringComparison.OrdinalIgnoreCase);
}
