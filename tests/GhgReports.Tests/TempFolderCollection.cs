namespace GhgReports.Tests;

/// <summary>
/// Tests that watch the system temp folder (to prove a check leaves nothing behind) and tests that create folders in it
/// must not run at the same time, or one would see the other's folders.
/// </summary>
[CollectionDefinition(Name)]
public sealed class TempFolderCollection
{
    public const string Name = "system temp folder";
}
