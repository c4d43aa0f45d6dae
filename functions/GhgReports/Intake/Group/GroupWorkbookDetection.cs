using System.IO.Compression;
using System.Xml;
using GhgReports.Intake.Reading;
using GhgReports.Spreadsheets;
using G = GhgReports.Intake.Group.GroupWorkbookSchema;
using S = GhgReports.Intake.Workbook.SubsidiaryWorkbookSchema;

namespace GhgReports.Intake.Group;

public sealed partial class GroupWorkbookReader
{
    /// <summary>
    /// Whether a workbook is the group's, told by its sheets: a group or register sheet and no sources sheet. Where a
    /// file arrives tells intake which it is; a file on a desk has only its sheets. Reads the workbook part alone, after
    /// the pre-flight; a file that fails either is not called a group workbook (its own check will say why).
    /// </summary>
    public static bool HasGroupSheets(Stream stream, ReadLimits? limits = null)
    {
        try
        {
            if (WorkbookPreflight.Check(stream, limits ?? ReadLimits.Default).Count > 0)
            {
                return false;
            }
            stream.Position = 0;
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var names = SpreadsheetPackage.SheetsOf(zip).Select(s => s.Name).ToList();
            return names.Any(n => G.Group.Matches(n) || G.Register.Matches(n)) && !names.Any(S.Sources.Matches);
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or FormatException or InvalidOperationException or NotSupportedException)
        {
            return false;
        }
        finally
        {
            stream.Position = 0;
        }
    }
}
