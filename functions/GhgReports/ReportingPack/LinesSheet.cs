using System.Globalization;
using ClosedXML.Excel;
using GhgReports.Inventory.Calculation;
using GhgReports.Localization;
using GhgReports.Submissions;
using T = GhgReports.Localization.PackTexts;

namespace GhgReports.ReportingPack;

/// <summary>
/// The 排放明细 Lines sheet, laid out so a verifier can recompute it: one row per line and gas, every quantity a number
/// (activity, conversion, factor value, gas mass, GWP, line numbers), and the arithmetic live. Gas mass is the formula
/// activity × conversion × factor, tCO2e the formula activity × conversion × factor × GWP, each with our own figure as
/// its cached value, so the sheet shows our numbers without calculating and the same numbers when it does. Rows whose
/// figure does not follow from those inputs keep a plain number: reported totals, on-site generation (nothing bought,
/// so 0), biogenic CO2 (outside the totals), and a market-based figure from another factor.
/// </summary>
internal static class LinesSheet
{
    private const string Co2e = "CO2e";

    /// <summary>One column: header, width, how to get the value of a row, number format.</summary>
    private sealed record Column(Bilingual Header, double Width, Func<GasRow, object?> Value, string? Format = null);

    /// <summary>A formula multiplying the columns with these headers, and the figure it must give.</summary>
    private sealed record Product(Bilingual[] Of, decimal Value);

    /// <summary>
    /// One gas of one line. <see cref="Live"/>: the figures follow from activity × conversion × factor (× GWP), so
    /// they are written as formulas. <see cref="KeptApart"/>: biogenic CO2, reported outside the totals.
    /// </summary>
    private sealed record GasRow(PackLine Pack, string Gas, bool FirstOfLine, decimal? FactorValue, decimal GasTonnes, decimal? Gwp,
        bool KeptApart, bool Live, decimal Location, decimal Market)
    {
        public CalculatedLine Line => Pack.Line;
    }

    /// <summary>The sheet written from a model: its column count, row count and rows, for <see cref="StreamedSheetRows"/>.</summary>
    public sealed record Layout(int ColumnCount, int RowCount, IEnumerable<IReadOnlyList<object?>> Rows);

    /// <summary>Writes the header and the prototype rows into <paramref name="sheet"/>; the rows are streamed in after saving.</summary>
    public static Layout Write(IXLWorksheet sheet, PackModel pack)
    {
        var columns = Columns(pack);
        InventoryWorkbookWriter.TableHeader(sheet, [.. columns.Select(c => (c.Header, c.Width))]);
        StreamedSheetRows.WritePrototypes(sheet, InventoryWorkbookWriter.HeaderRows + 1,
            [.. columns.Select(c => c.Format ?? InventoryWorkbookWriter.Activity)], [.. columns.Select(c => c.Format ?? "0")]);
        InventoryWorkbookWriter.Freeze(sheet, 1);
        var index = columns.Select((c, i) => (c.Header, i)).ToDictionary(c => c.Header, c => c.i);
        var rowCount = pack.Inventory.Lines.Sum(l => Math.Max(1, l.Line.GasTonnes.Count));
        var rows = pack.Inventory.Lines.SelectMany(RowsOf).Select(row => (IReadOnlyList<object?>)[.. columns.Select(c => c.Value(row) switch
        {
            Product product => new RowProduct([.. product.Of.Select(h => index[h])], product.Value),
            var value => value,
        })]);
        return new Layout(columns.Count, rowCount, rows);
    }

    private static List<Column> Columns(PackModel pack)
    {
        var factors = pack.Factors.ToDictionary(f => f.Factor.Id, f => f.Factor, StringComparer.Ordinal);
        var columns = new List<Column>
        {
            new(T.ColSubsidiary, 10, r => r.Line.SubsidiaryCode),
            new(T.ColLineNumber, 8, r => LineNumber(r.Line.LineNumber)),
            new(T.ColSource, 40, r => r.Line.SourceName),
            new(T.ColFacility, 16, r => r.Line.Facility),
            new(T.ColCategory, 8, r => r.Line.Category),
            new(T.ColSubcategory, 9, r => r.Line.Subcategory),
            new(T.ColScope, 7, r => (int)r.Line.Scope),
            new(T.ColScope3, 9, r => r.Line.Scope3Category is { } s ? (int)s : null),
            new(T.ColDeclaredGas, 10, r => r.Line.Gas),
            new(T.ColBiogenic, 8, r => Display(r.Line.Biogenic ? T.Yes : T.No)),
            new(T.ColKind, 10, r => Display(r.Line.Kind == LineKind.Removal ? T.Removal : T.Emission)),
            new(T.ColPath, 14, r => Display(r.Line.Path switch
            {
                CalculationPath.LibraryFactor => T.PathLibrary,
                CalculationPath.CustomFactor => T.PathCustom,
                _ => T.PathReported,
            })),
            new(T.ColInstrument, 12, r => Instrument(r.Line.Instrument)),
            new(T.ColActivity, 16, r => r.Line.ActivityAmount, InventoryWorkbookWriter.Activity),
            new(T.ColUnit, 8, r => r.Line.ActivityUnit),
            new(T.ColConversionFactor, 14, r => Conversion(r.Line), InventoryWorkbookWriter.FactorValue),
            new(T.ColAmountInFactorUnit, 16, r => r.Live && r.Line.AmountInFactorUnit is { } converted
                ? new Product([T.ColActivity, T.ColConversionFactor], converted)
                : r.Line.AmountInFactorUnit, InventoryWorkbookWriter.Activity),
            new(T.ColFactorUnit, 8, r => r.Line.FactorUnit),
            new(T.ColConversion, 30, r => r.Line.ConversionNote),
            new(T.ColFactorId, 34, r => r.Line.FactorId ?? (r.Line.CustomFactor is null ? null : "custom")),
            new(T.ColFactorSet, 10, r => r.Line.FactorSetId),
            new(T.ColFactorVersion, 10, r => r.Line.FactorSetVersion),
            new(T.ColGas, 10, r => r.Gas),
            new(T.ColFactorValue, 14, r => r.FactorValue, InventoryWorkbookWriter.FactorValue),
            new(T.ColPublisher, 30, r => r.Line.FactorId is { } id && factors.TryGetValue(id, out var f)
                ? f.Source.Publisher
                : r.Line.CustomFactor is null ? null : Display(T.PublisherAsDeclared)),
            new(T.ColTitle, 40, r => r.Line.FactorId is { } id && factors.TryGetValue(id, out var f)
                ? f.Source.Title
                : r.Line.CustomFactor?.Source),
            new(T.ColGasMass, 16, r => r.Live
                ? new Product([T.ColActivity, T.ColConversionFactor, T.ColFactorValue], r.GasTonnes)
                : r.GasTonnes, InventoryWorkbookWriter.Tonnes),
            new(T.ColGwpSet, 12, r => $"{r.Line.GwpSetId}@{r.Line.GwpSetVersion}"),
            new(T.ColGwp, 8, r => r.Gwp, "#,##0.###"),
            new(T.ColLocation, 16, r => r.Live && !r.KeptApart
                ? new Product([T.ColActivity, T.ColConversionFactor, T.ColFactorValue, T.ColGwp], r.Location)
                : r.Location, InventoryWorkbookWriter.Tonnes),
            new(T.ColMarket, 16, r => r.Live && !r.KeptApart && r.Market == r.Location
                ? new Product([T.ColLocation], r.Market)
                : r.Market, InventoryWorkbookWriter.Tonnes),
            new(T.ColBiogenicCo2, 12, r => !r.KeptApart ? null : r.Live
                ? new Product([T.ColActivity, T.ColConversionFactor, T.ColFactorValue], r.GasTonnes)
                : r.GasTonnes, InventoryWorkbookWriter.Tonnes),
        };
        if (pack.Kind == PackKind.Group)
        {
            columns.Add(new(T.ColShare, 8, r => r.Pack.Share, InventoryWorkbookWriter.Percent));
            columns.Add(new(T.ColConsolidatedLocation, 16, r => new Product([T.ColLocation, T.ColShare], r.Location * r.Pack.Share), InventoryWorkbookWriter.Tonnes));
            columns.Add(new(T.ColConsolidatedMarket, 16, r => new Product([T.ColMarket, T.ColShare], r.Market * r.Pack.Share), InventoryWorkbookWriter.Tonnes));
        }
        columns.AddRange(
        [
            new(T.ColUncertainty, 10, r => r.Line.UncertaintyPercent, InventoryWorkbookWriter.Percent),
            new(T.ColEvidence, 40, r => r.Line.Evidence),
            new(T.ColDeclaredNotes, 40, r => r.Pack.DeclaredNotes),
            new(T.ColCalculationNotes, 60, r => string.Join("\n", r.Line.Notes.Select(n => n.ToString()))),
            new(T.ColSubmission, 66, r => r.Line.SubmissionId),
            new(T.ColSheet, 16, r => r.Pack.SheetName),
            new(T.ColRow, 6, r => r.Line.Row),
        ]);
        return columns;
    }

    /// <summary>
    /// A line's gases in ordinal order, each with its share of the line's figures: the tCO2e of the rows add up to the
    /// line's (as <see cref="InventoryCalculator"/> weighed them), and so do the market-based figures.
    /// </summary>
    private static IEnumerable<GasRow> RowsOf(PackLine pack)
    {
        var line = pack.Line;
        var gases = line.GasTonnes.Count > 0 ? line.GasTonnes.Keys.Order(StringComparer.Ordinal).ToList() : [line.Gas];
        // On-site generation keeps its activity and factor but nothing was bought, so its figures are 0, not the product.
        var live = line.Path != CalculationPath.Reported && line.ActivityAmount is not null && line.AmountInFactorUnit is not null
            && line.Instrument != ContractualInstrument.OnSiteGeneration;
        var location = line.Tco2eFor(Scope2Method.LocationBased);
        var market = line.Tco2eFor(Scope2Method.MarketBased);
        for (var i = 0; i < gases.Count; i++)
        {
            var gas = gases[i];
            var tonnes = line.GasTonnes.GetValueOrDefault(gas);
            var isCo2e = string.Equals(gas, Co2e, StringComparison.OrdinalIgnoreCase);
            var keptApart = line.Biogenic && line.Kind == LineKind.Emission && (isCo2e || string.Equals(gas, "CO2", StringComparison.OrdinalIgnoreCase));
            // A CO2e figure is already weighted: its GWP is 1 by definition, so the one formula fits every row.
            decimal? gwp = keptApart ? null : isCo2e ? 1m : line.GwpUsed.TryGetValue(gas, out var value) ? value : null;
            var rowLocation = keptApart ? 0m : tonnes * (gwp ?? 0m);
            // Market-based is the same figure unless an instrument zeroed it or another factor gave it; then the line's
            // whole figure sits on its first gas row.
            var rowMarket = market == location ? rowLocation : i == 0 ? market : 0m;
            yield return new GasRow(pack, gas, i == 0, line.FactorPerGas.TryGetValue(gas, out var factor) ? factor : null, tonnes, gwp,
                keptApart, live && line.FactorPerGas.ContainsKey(gas), rowLocation, rowMarket);
        }
    }

    /// <summary>Factor units per activity unit: what turned the activity into the amount the factor applies to.</summary>
    private static decimal? Conversion(CalculatedLine line) =>
        line is { ActivityAmount: { } amount, AmountInFactorUnit: { } converted } && amount != 0m ? converted / amount : null;

    /// <summary>Line numbers as officers number them: a number when it is one, else the text as typed ("3a").</summary>
    private static object? LineNumber(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : text;

    /// <summary>Blank without an instrument: a verifier reads "None" as a value.</summary>
    private static string? Instrument(ContractualInstrument instrument)
    {
        var key = instrument switch
        {
            ContractualInstrument.GreenCertificate => "gec",
            ContractualInstrument.PowerPurchaseAgreement => "ppa",
            ContractualInstrument.OnSiteGeneration => "onsite",
            _ => null,
        };
        return ChoiceLists.Instrument.Options.FirstOrDefault(o => o.Key == key) is { } option ? $"{option.Zh} {option.En}" : null;
    }

    private static string Display(Bilingual text) => InventoryWorkbookWriter.Display(text);
}
