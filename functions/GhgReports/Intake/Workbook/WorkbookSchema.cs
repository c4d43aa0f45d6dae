using GhgReports.Localization;
using GhgReports.Submissions;

namespace GhgReports.Intake.Workbook;

internal enum FieldKind
{
    Text,
    LongText,
    Number,
    Percent,
    Year,
    Date,
    Choice,
    Unit,
    FactorId,
}

/// <summary>One column of a table sheet, or one field row of a key-value sheet.</summary>
internal sealed record FieldSpec(
    string Key,
    Bilingual Label,
    FieldKind Kind,
    bool Required = false,
    ChoiceList? List = null,
    double Width = 14,
    Bilingual? Hint = null);

internal enum SheetLayout
{
    /// <summary>Prose only; not read back.</summary>
    Text,
    /// <summary>Label (中文) | Label (English) | Value | Hint, one field per row; rows found by label, not position.</summary>
    KeyValue,
    /// <summary>Header row in Chinese, header row in English, data from the third row; columns found by header.</summary>
    Table,
}

internal sealed record SheetSpec(string Key, Bilingual Name, SheetLayout Layout, IReadOnlyList<FieldSpec> Fields)
{
    /// <summary>The name the template gives the sheet: both languages, so either reader recognises it.</summary>
    public string TemplateName => $"{Name.Zh} {Name.En}";

    public bool Matches(string sheetName)
    {
        var n = Normalise(sheetName);
        return n == Normalise(TemplateName) || n == Normalise(Name.Zh) || n == Normalise(Name.En);
    }

    private readonly Dictionary<string, FieldSpec> _byKey = Fields.ToDictionary(f => f.Key, StringComparer.Ordinal);

    /// <summary>Called for every field of every row: a dictionary, not a scan.</summary>
    public FieldSpec Field(string key) => _byKey[key];

    internal static string Normalise(string s) =>
        new(s.Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c) && c != '_').Select(char.ToLowerInvariant).ToArray());
}
