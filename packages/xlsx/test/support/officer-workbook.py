import sys, datetime, openpyxl
from openpyxl.comments import Comment
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Action Plan"
ws["A1"] = "Lanarkshire CJA Action Plan 2010-11"
ws.merge_cells("A1:F1")
ws["A3"] = "Action"; ws["B3"] = "Key actions"; ws["C3"] = "Timescale"; ws["D3"] = "Progress"
ws.merge_cells("D3:E3")
ws["F3"] = "Cost"
ws["D4"] = "Q1"; ws["E4"] = "Q2"
ws["A6"] = "National Outcome 9"
ws.merge_cells("A6:F6")
ws["A7"] = 1.1; ws["A7"].number_format = "0.00"
ws["B7"] = "Attendance at ICM case conferences"
ws["C7"] = datetime.datetime(2008, 7, 1); ws["C7"].number_format = "mmmm yyyy"
ws["D7"] = "On target"; ws["E7"] = 0.85; ws["E7"].number_format = "0%"
ws["F7"] = 15000; ws["F7"].number_format = '"£"#,##0'
ws["A8"] = 2
ws["B8"] = "Share information on sex offenders"
ws["C8"] = datetime.datetime(2010, 9, 30); ws["C8"].number_format = "dd/mm/yyyy"
ws["D8"] = True
ws["F8"] = "=F7*2"
ws["G8"] = "kept in a hidden column"
ws.column_dimensions["G"].hidden = True
ws["A9"] = "3"
ws["B9"] = "A hidden row of text"
ws.row_dimensions[9].hidden = True
ws["B7"].comment = Comment("Check with SPS", "officer")
old = wb.create_sheet("Old figures")
old["A1"] = "last year"
old.sheet_state = "hidden"
wb.save(sys.argv[1])
