namespace GhgReports.Inventory.Reference;

/// <summary>
/// Reference data that fails validation. It ships with the code, so this is a bug to fix in the data, never a problem to
/// report to a data officer: the message names the file and the entry so the fix is quick.
/// </summary>
internal sealed class ReferenceDataException : Exception
{
    public ReferenceDataException(string file, string? entryId, string problem, Exception? inner = null)
        : base(entryId is null ? $"Reference data '{file}': {problem}" : $"Reference data '{file}', entry '{entryId}': {problem}", inner)
    {
        File = file;
        EntryId = entryId;
    }

    public string File { get; }

    /// <summary>The factor id or gas the problem is about, when it is about one.</summary>
    public string? EntryId { get; }
}
