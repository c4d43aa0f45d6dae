namespace GhgReports.Cli;

internal static class OutputFiles
{
    public static void EnsureParent(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
