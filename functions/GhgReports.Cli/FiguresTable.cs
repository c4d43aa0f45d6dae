using System.Globalization;
using GhgReports.Intake;
using GhgReports.Submissions;
using Spectre.Console;

namespace GhgReports.Cli;

/// <summary>What an accepted file amounts to, printed after its verdict so the officer sees at once what we understood.</summary>
internal static class FiguresTable
{
    public static void Write(IAnsiConsole console, SubmissionFigures figures)
    {
        var table = new Table().Border(TableBorder.Rounded).Caption(Markup.Escape($"{figures.Note} · {figures.FactorVersion}"));
        table.AddColumn("合计 Totals");
        table.AddColumn(new TableColumn("tCO2e / t").RightAligned().NoWrap());
        foreach (var (category, total) in figures.CategoryTotalsTco2e.OrderBy(c => c.Key))
        {
            table.AddRow($"第{category}类 Category {category}", Tonnes(total));
        }
        table.AddRow("范围1+2 Scope 1+2", Tonnes(figures.Scope12Tco2e));
        table.AddRow("产量 Output (t)", Tonnes(figures.OutputTonnes));
        table.AddRow("范围1+2强度 Scope 1+2 intensity (tCO2e/t)", figures.Scope12Intensity?.ToString("0.0000", CultureInfo.InvariantCulture) ?? "–");
        table.AddRow("采购铝 Purchased aluminium (t)", Tonnes(figures.PurchasedAluminiumTonnes));
        table.AddRow("采购铝强度 Purchased aluminium intensity (tCO2e/t)", figures.PurchasedAluminiumIntensity?.ToString("0.000", CultureInfo.InvariantCulture) ?? "–");
        console.Write(table);
    }

    /// <summary>A group workbook has no emissions of its own: what it sets is the register.</summary>
    public static void Write(IAnsiConsole console, GroupWorkbook group)
    {
        var table = new Table().Border(TableBorder.Rounded).Caption(Markup.Escape(group.Group.Name));
        foreach (var column in new[] { "代码 Code", "名称 Name", "在册 Active" })
        {
            table.AddColumn(column);
        }
        foreach (var subsidiary in group.Register)
        {
            table.AddRow(Markup.Escape(subsidiary.Code), Markup.Escape(subsidiary.NameZh), subsidiary.Active ? "✓" : "");
        }
        console.Write(table);
    }

    private static string Tonnes(decimal value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
