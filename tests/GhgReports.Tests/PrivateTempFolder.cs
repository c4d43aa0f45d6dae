using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace GhgReports.Tests;

/// <summary>
/// The tests' process gets a temp folder of its own before any test runs, so the tests that prove a check leaves
/// nothing in the temp folder see only what this process wrote there, not the files of builds and test runs beside it.
/// </summary>
internal static class PrivateTempFolder
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255", Justification = "A test assembly: the folder must be set before the first test asks for it.")]
    internal static void Use()
    {
        if (!OperatingSystem.IsWindows())
        {
            var folder = Directory.CreateTempSubdirectory("ghg-tests-").FullName;
            Environment.SetEnvironmentVariable("TMPDIR", folder);
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Remove(folder);
        }
    }

    private static void Remove(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Something still holds a file: the folder is the system's to clear, like any other temp file.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
