namespace GhgReports.Intake.Template;

/// <summary>
/// What the template can know before an officer opens it: whose workbook it is and for which year, and the name the
/// register gives the subsidiary. Written into the Entity sheet so that the two values intake checks first (the code
/// against the upload folder, the year against the period) start right.
/// </summary>
public sealed record TemplatePrefill(string SubsidiaryCode, int ReportingYear, string? SubsidiaryName = null)
{
    /// <summary>The name the file is saved under: the code and year, so that an officer's downloads do not overwrite each other.</summary>
    public string FileName => $"ghg-template-{SubsidiaryCode}-{ReportingYear}.xlsx";

    internal Dictionary<string, object?> EntityValues()
    {
        var values = new Dictionary<string, object?>
        {
            ["subsidiary_code"] = SubsidiaryCode,
            ["reporting_year"] = ReportingYear,
        };
        if (!string.IsNullOrWhiteSpace(SubsidiaryName))
        {
            values["subsidiary_name"] = SubsidiaryName;
        }
        return values;
    }
}
