#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills resources/translations/*.ts from the dictionaries below after
`cmake --build build --target update_translations` has added new source texts.
Simplified Chinese for every string; English only for the plural forms (%n)."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ZH = {
    # Domain
    ('Foundation', None): '基础', ('Intermediate', 'course level'): '中级', ('Advanced', None): '高级',
    ('In person', None): '线下', ('Online', None): '线上', ('Hybrid', None): '混合',
    ('Planned', None): '计划中', ('Open for enrollment', None): '开放报名', ('Running', None): '进行中',
    ('Completed', 'cohort status'): '已结班', ('Cancelled', None): '已取消',
    ('Morning', None): '上午', ('Afternoon', None): '下午', ('Evening', None): '晚上',
    ('Lead', None): '主讲', ('Assistant', None): '助教',
    ('Enrolled', None): '已报名', ('Waitlisted', None): '候补', ('Withdrawn', None): '已退出',
    ('Completed', 'enrollment status'): '已结业', ('Failed', None): '未通过',
    ('Not certified', None): '未认证', ('Junior', None): '初级', ('Intermediate', 'certification level'): '中级',
    ('Senior', None): '高级', ('Public holiday', None): '法定节假日', ('Make-up working day', None): '调休上班日',
    # Plan file
    ('it contains a trigger (%1), which plan files never have', None): '其中包含触发器（%1），计划文件不应有触发器',
    ('it contains a view (%1), which plan files never have', None): '其中包含视图（%1），计划文件不应有视图',
    ('it contains a virtual table (%1), which plan files never have', None): '其中包含虚拟表（%1），计划文件不应有虚拟表',
    ('the %1 %2 is missing', None): '缺少 %1 %2',
    ('the %1 %2 has been altered', None): '%1 %2 已被修改',
    ('it contains an unknown %1 %2', None): '其中包含未知的 %1 %2',
    ('Cannot open “%1”: %2.', None): '无法打开“%1”：%2。',
    ('the file does not exist', None): '文件不存在',
    ('it is a folder, not a plan file', None): '这是一个文件夹，不是计划文件',
    ('it is a SQLite database, but not a Cohort Planner plan', None): '这是 SQLite 数据库，但不是培训班规划计划文件',
    ('it is a SQLite database of another application (application id 0x%1), not a Cohort Planner plan', None):
        '这是其他应用程序的 SQLite 数据库（应用 ID 0x%1），不是培训班规划计划文件',
    ('it was written by a newer version of Cohort Planner (plan format %1; this version reads formats up to %2). Update Cohort Planner to open it', None):
        '该文件由更新版本的培训班规划写入（计划格式 %1；本版本最高可读格式 %2）。请升级培训班规划后再打开',
    (' (and %1 more problems)', None): '（另有 %1 个问题）',
    ('it failed its checks: %1', None): '文件检查未通过：%1',
    ('it is in an older plan format (%1) that must be upgraded; open it for editing to upgrade it', None):
        '该文件为旧的计划格式（%1），需要升级；请以可编辑方式打开以升级',
    ('the backup copy taken before upgrading it could not be written (%1); the file was left as it was', None):
        '升级前无法写入备份副本（%1）；文件保持原样',
    ('upgrading it from plan format %1 failed (%2); the file was left as it was, and a backup copy is at “%3”', None):
        '从计划格式 %1 升级失败（%2）；文件保持原样，备份副本位于“%3”',
    ('Cannot create “%1”: %2', None): '无法创建“%1”：%2',
    ("application id is 0x%1, not Cohort Planner's 0x%2", None): '应用 ID 为 0x%1，而不是培训班规划的 0x%2',
    ('plan format is %1, this version writes %2', None): '计划格式为 %1，本版本写入格式 %2',
    ('a plan cannot be saved over itself', None): '不能将计划另存为其自身',
    ('Cannot save a copy to “%1”: %2', None): '无法将副本保存到“%1”：%2',
    ('A transaction could not be started: %1', None): '无法开始事务：%1',
    ('The changes could not be written to the plan file: %1', None): '无法将更改写入计划文件：%1',
    ('it cannot be read (%1)', None): '无法读取该文件（%1）',
    ('it is empty (0 bytes), not a plan file', None): '文件为空（0 字节），不是计划文件',
    ('it is not a SQLite database, so it cannot be a Cohort Planner plan', None): '该文件不是 SQLite 数据库，因此不是培训班规划计划文件',
    ('its SQLite header is damaged (page size %1)', None): 'SQLite 文件头已损坏（页大小 %1）',
    ('it is truncated or damaged (%1 bytes is not a whole number of %2-byte pages)', None): '文件被截断或已损坏（%1 字节不是 %2 字节页的整数倍）',
    ('it is truncated: the header promises %1 bytes but the file has %2', None): '文件被截断：文件头表明应有 %1 字节，实际只有 %2 字节',
    ('the SQLite driver does not expose its connection handle', None): 'SQLite 驱动未提供连接句柄',
    ('SQLite refused to turn on its defensive settings', None): 'SQLite 拒绝启用防护设置',
    ('row %1 of table %2 refers to a missing record in %3', None): '表 %2 的第 %1 行引用了 %3 中不存在的记录',
    ('(more problems not listed)', None): '（更多问题未列出）',
    ('the copy failed its integrity check: %1', None): '副本未通过完整性检查：%1',
    ('The record %1 of %2 no longer exists.', None): '%2 中的记录 %1 已不存在。',
    ('The plan file could not be read or written: %1 (statement: %2)', None): '无法读写计划文件：%1（语句：%2）',
    # CSV
    ('the file is empty', None): '文件为空',
    ('line 1: the header must start with the columns date,kind', None): '第 1 行：表头必须以 date,kind 两列开始',
    ('line %1', None): '第 %1 行',
    ('%1: expected at least the columns date and kind', None): '%1：至少需要 date 和 kind 两列',
    ('%1, column date: “%2” is not a date (expected YYYY-MM-DD)', None): '%1，date 列：“%2”不是日期（应为 YYYY-MM-DD）',
    ('%1, column kind: “%2” must be holiday or workday', None): '%1，kind 列：“%2”必须是 holiday 或 workday',
    ('%1: %2 is a weekday; only a weekend day can be a make-up working day', None): '%1：%2 是工作日；只有周末才能是调休上班日',
    ('%1: %2 is listed twice', None): '%1：%2 重复出现',
    ('line %1: a quote inside an unquoted field', None): '第 %1 行：未加引号的字段中出现引号',
    ('line %1: text after a closing quote', None): '第 %1 行：右引号后还有文本',
    ('line %1: a quoted field is never closed', None): '第 %1 行：加引号的字段没有结束引号',
    # Tables
    ('Date', None): '日期', ('Weekday', None): '星期', ('Kind', None): '类型', ('Name', None): '姓名',
    ('Chinese name', None): '中文名称', ('Cohort', None): '班级', ('Course', None): '课程', ('Track', None): '方向',
    ('Start', None): '开始', ('End', None): '结束', ('Days', None): '天数', ('Mode', None): '方式',
    ('Venue', None): '场地', ('District', None): '区', ('Seats', None): '座位', ('Waitlist', None): '候补',
    ('Lead instructor', None): '主讲教师', ('Status', None): '状态', ('(none)', None): '（无）',
    ('Code', None): '编号', ('Title', None): '名称', ('Chinese title', None): '中文名称', ('Level', None): '级别',
    ('Hours/day', None): '每日学时', ('Default seats', None): '默认座位', ('Qualification awarded', None): '授予资格',
    ('Cohorts', None): '班级', ('Certified', None): '已认证', ('Home district', None): '所在区',
    ('Qualifications', None): '授课资质', ('Next expiry', None): '最近到期', ('Teaching days', None): '授课天数',
    ('Max days/year', None): '年度上限', ('Leave days', None): '请假天数', ('Max days/week', None): '每周上限',
    ('Max days/month', None): '每月上限', ('Email', None): '电子邮箱', ('Phone', None): '电话',
    ('Cohorts with a session in %1', None): '%1 年有课的班级数',
    ('Distinct days with a session in %1', None): '%1 年有课的天数',
    ('Days of leave in %1', None): '%1 年请假天数',
    ('The next date on which one of the qualifications expires', None): '最近一项资质的到期日期',
    ('ID number', None): '身份证号', ('Employer', None): '工作单位', ('Enrollments', None): '报名次数',
    ('Latest cohort', None): '最近班级', ('Latest start', None): '最近开班', ('Highest certificate', None): '最高证书',
    ('Address', None): '地址', ('Sessions', None): '课次', ('On site', None): '线下',
    ('Colour', None): '颜色', ('Target', None): '目标', ('Planned seats', None): '计划座位',
    ('Seats / target', None): '座位/目标', ('Trained', None): '已培训', ('Certification target', None): '认证目标',
    ('Trainees to train this year', None): '本年度培训目标人数',
    ('Seats of the cohorts starting this year (cancelled ones excluded)', None): '本年度开班班级的座位数（不含已取消）',
    ('Planned seats as a share of the target', None): '计划座位占目标的比例',
    ('Trainees holding a seat: enrolled, completed or failed', None): '占用座位的学员：已报名、已结业或未通过',
    ('Trainees who completed a course this year', None): '本年度结业的学员',
    ('Certificates awarded this year', None): '本年度颁发的证书',
    # Dashboard
    ('Plan overview', None): '计划概览', ('&Year:', None): '年度(&Y)：',
    ('Engineers to train this year, all tracks', None): '本年度各方向合计培训工程师人数',
    ('Seats in the cohorts that start this year (cancelled cohorts excluded)', None): '本年度开班班级的座位（不含已取消班级）',
    ('Trainees who completed their course', None): '完成课程的学员',
    ('Trainees', None): '学员', ('Could not load: %1', None): '无法加载：%1', ('Loading…', None): '正在加载…',
    ('This plan has no targets or cohorts yet.', None): '该计划还没有目标或班级。',
    ('Targets of %1 against the cohorts and trainees in the plan.', None): '%1 年目标与计划中的班级和学员对比。',
    ('certify %1', None): '认证 %1',
    ('%1 of target', None): '完成目标的 %1', ('%1 of certification target', None): '完成认证目标的 %1',
    # Main window
    ('Cohort plans (*.cohortplan);;All files (*)', None): '培训计划 (*.cohortplan);;所有文件 (*)',
    ('Could not read the plan: %1', None): '无法读取计划：%1',
    ('Instructors', None): '教师', ('Tracks', None): '方向', ('Courses', None): '课程', ('Venues', None): '场地',
    ('Work calendar', None): '工作日历', ('Dashboard', None): '概览', ('Courses & Tracks', None): '课程与方向',
    ('Calendar', None): '日历', ('&File', None): '文件(&F)', ('&New Plan…', None): '新建计划(&N)…',
    ('New &Demo Plan…', None): '新建示例计划(&D)…', ('&Open…', None): '打开(&O)…', ('Open &Recent', None): '最近打开(&R)',
    ('Save &As…', None): '另存为(&A)…', ('&Quit', None): '退出(&Q)', ('&View', None): '视图(&V)', ('&Help', None): '帮助(&H)',
    ('&About Cohort Planner', None): '关于培训班规划(&A)', ('About &Qt', None): '关于 &Qt',
    ('Cannot open the plan', None): '无法打开计划',
    ('The plan was upgraded from format %1; the original is kept at %2', None): '计划已从格式 %1 升级；原文件保存在 %2',
    ('Creating the demo plan…', None): '正在创建示例计划…', ('Cannot create the demo plan', None): '无法创建示例计划',
    ('New Plan', None): '新建计划', ('plan.cohortplan', None): '计划.cohortplan', ('Cannot create the plan', None): '无法创建计划',
    ('New Demo Plan', None): '新建示例计划', ('demo.cohortplan', None): '示例.cohortplan', ('Open Plan', None): '打开计划',
    ('Save Plan As', None): '计划另存为', ('Cannot save the plan', None): '无法保存计划', ('Saved as %1', None): '已另存为 %1',
    ('About Cohort Planner', None): '关于培训班规划',
    ('<h3>Cohort Planner %1</h3><p>Plans the cohorts, instructors and trainees of engineer training programmes against their yearly targets.</p><p>Copyright © 2026 the Cohort Planner developers.<br>Licensed under the GNU General Public License, version 3 or later.</p><p>Uses Qt %2, SQLite and QCustomPlot.</p>', None):
        '<h3>培训班规划 %1</h3><p>按年度目标规划工程师培训项目的班级、教师和学员。</p><p>版权所有 © 2026 培训班规划开发者。<br>依据 GNU 通用公共许可证第 3 版或更高版本授权。</p><p>使用 Qt %2、SQLite 和 QCustomPlot。</p>',
    ('Cohort Planner', None): '培训班规划', ('%1 — Cohort Planner', None): '%1 — 培训班规划',
    ('%1 (read-only) — Cohort Planner', None): '%1（只读）— 培训班规划',
    ('%1 cohorts · %2 instructors · %3 trainees · %4 enrollments', None): '%1 个班级 · %2 名教师 · %3 名学员 · %4 人次报名',
    ('(no recent plans)', None): '（无最近计划）', ('&Clear List', None): '清除列表(&C)',
    ('Plan training cohorts, instructors and trainees against yearly targets.', None): '按年度目标规划培训班级、教师和学员。',
    ('The plan file to open.', None): '要打开的计划文件。',
    ('Tracks against their targets', None): '各方向与目标对比',
    ('Forecast for the year', None): '全年预测',
    ('tracks', None): '方向',
    ('unknown chart kind “%1” (choose one of: %2)', None): '未知的图表类型“%1”（可选：%2）',
    ('the plan has no targets or cohorts in %1', None): '该计划在 %1 年没有目标或班级',
    ('PNG image (*.png)', None): 'PNG 图像 (*.png)',
    ('SVG image (*.svg)', None): 'SVG 图像 (*.svg)',
    ('PDF document (*.pdf)', None): 'PDF 文档 (*.pdf)',
    ('Export chart', None): '导出图表',
    ('%1 — %2: %3', None): '%1 — %2：%3',
    ('Cannot export the chart to %1: the size %2×%3 is empty.', None): '无法将图表导出到 %1：尺寸 %2×%3 为空。',
    ('Cannot export the chart to %1: the file type is unknown. Name the file with .png, .svg or .pdf at the end.', None): '无法将图表导出到 %1：未知的文件类型。请以 .png、.svg 或 .pdf 作为文件扩展名。',
    ('Cannot write the chart to %1: %2', None): '无法将图表写入 %1：%2',
    ('Cannot write the chart to %1.', None): '无法将图表写入 %1。',
    ('Export chart…', None): '导出图表…',
    ('Show the progress of some tracks only', None): '只显示部分方向的进度',
    ('&District:', None): '区(&D)：',
    ('Export PDF…', None): '导出 PDF…',
    ('Save this page as a one-page PDF report', None): '将本页保存为单页 PDF 报告',
    ('In training now', None): '当前在训',
    ('Seats to come', None): '待开座位',
    ('Progress', None): '进度',
    ('By month and track', None): '按月份和方向',
    ('Tracks against targets', None): '方向与目标',
    ('Instructor utilisation', None): '教师工作量',
    ('All years', None): '全部年度',
    ('All districts', None): '全部区',
    ('All tracks', None): '全部方向',
    ('This plan has no tracks, targets or cohorts for %1 yet.', None): '该计划在 %1 年还没有方向、目标或班级。',
    ('Progress of %1 as of %2. Trained: trainees who completed a cohort that ended in the year; the forecast adds the remaining cohorts at the usual completion rate (%3).', None): '%1 年截至 %2 的进度。已培训：在本年度结班的班级中结业的学员；预测按通常结业率（%3）加上其余班级。',
    ('%1 of the target of %2', None): '目标 %2 的 %1',
    ('Trained, by track', None): '已培训（按方向）',
    ('%1 of %2', None): '%1 / %2',
    ('Certified, by track', None): '已认证（按方向）',
    ('in cohorts running on %1', None): '%1 正在进行的班级',
    ('In training now, by track', None): '当前在训（按方向）',
    ('in cohorts still to finish this year', None): '本年度尚未结班的班级',
    ('Seats to come, by track', None): '待开座位（按方向）',
    ('%1 of target: %2 short', None): '完成目标的 %1：差 %2',
    ('Forecast for the year, by track', None): '全年预测（按方向）',
    ('%1 (%2 of target)', None): '%1（目标的 %2）',
    ('Export Dashboard', None): '导出概览',
    ('progress-%1.pdf', None): '进度-%1.pdf',
    ('PDF files (*.pdf)', None): 'PDF 文件 (*.pdf)',
    ('Cannot export the dashboard', None): '无法导出概览',
    ('Progress %1', None): '%1 年进度',
    ('Cannot write “%1”: the file could not be opened for writing.', None): '无法写入“%1”：无法打开文件进行写入。',
    ('Training progress %1', None): '%1 年培训进度',
    ('Cannot write “%1”.', None): '无法写入“%1”。',
    ('Targets and results by year', None): '各年度目标与结果',
    ('Year', None): '年度',
    ('years', None): '年度',
    ('Progress against the target', None): '目标完成进度',
    ('Trained (cumulative)', None): '已培训（累计）',
    ('Certified (cumulative)', None): '已认证（累计）',
    ('Forecast trained', None): '预测培训',
    ('Forecast certified', None): '预测认证',
    ('Month', None): '月份',
    ('progress', None): '进度',
    ('% of target', None): '目标完成率',
    ('Forecast', None): '预测',
    ('Forecast %', None): '预测完成率',
    ('In training', None): '在训',
    ('Trainees who completed a cohort that ended this year', None): '在本年度结班的班级中结业的学员',
    ('Trained by the end of the year if the remaining cohorts complete at the usual rate', None): '其余班级按通常结业率结业时，到年底的培训人数',
    ('Trainees in cohorts running today', None): '今天正在进行的班级中的学员',
    ('Seats of the cohorts still to finish this year', None): '本年度尚未结班的班级座位',
    ('&Show:', None): '显示(&S)：',
    ('Results by month and track', None): '按月份和方向的结果',
    ('monthly-by-track', None): '按月份和方向',
    ('Within the limit', None): '未超上限',
    ('Over the limit', None): '超过上限',
    ('Instructor', None): '教师',
    ('% of yearly limit', None): '占年度上限的百分比',
    ('utilisation', None): '工作量',
    ('Render a chart (progress, tracks, capacity, utilisation, years) and exit.', None): '渲染图表（progress、tracks、capacity、utilisation、years）后退出。',
    ("The chart's year.", None): '图表的年度。',
    ('Progress as of this date.', None): '截至该日期的进度。',
    ('The chart file to write.', None): '要写入的图表文件。',
    ("The chart's size, WIDTHxHEIGHT.", None): '图表尺寸，宽x高。',
    ('morning', None): '上午',
    ('afternoon', None): '下午',
    ('evening', None): '晚上',
    ('Instructor double-booked', None): '教师时间冲突',
    ('Not qualified', None): '无授课资质',
    ('Qualification lapsed', None): '资质已失效',
    ('On leave', None): '请假期间',
    ('Over weekly limit', None): '超过每周上限',
    ('Over monthly limit', None): '超过每月上限',
    ('Over yearly limit', None): '超过年度上限',
    ('Venue double-booked', None): '场地冲突',
    ('Venue too small', None): '场地座位不足',
    ('Non-working day', None): '非工作日',
    ('No lead instructor', None): '无主讲教师',
    ('Over capacity', None): '超出容量',
    ('Off', None): '关闭',
    ('Warn', None): '警告',
    ('Block', None): '阻断',
    ('Instructor #%1', None): '教师 #%1',
    ('#%1', None): '#%1',
    ('%1 is booked twice on %2 (%3): cohorts %4 and %5.', None): '%1 在 %2（%3）被重复安排：班级 %4 和 %5。',
    ('%1 (%2, %3)', None): '%1（%2，%3）',
    ('%1 holds no qualification for %2 but is assigned to cohort %3, starting %4.', None): '%1 没有 %2 的授课资质，却被安排到 %4 开班的班级 %3。',
    ('%1 holds no qualification for %2 but is assigned to cohort %3.', None): '%1 没有 %2 的授课资质，却被安排到班级 %3。',
    ('%1 has %2 teaching days in the week of %3 (week %4 of %5), limit %6.', None): '%1 在 %3 这一周（%5 年第 %4 周）有 %2 个授课日，上限为 %6。',
    ('%1 has %2 teaching days in %3, limit %4.', None): '%1 在 %3 有 %2 个授课日，上限为 %4。',
    ('Cohort %1 has %2 seats but venue %3 holds only %4.', None): '班级 %1 有 %2 个座位，但场地 %3 只能容纳 %4 人。',
    ('Cohort %1 has a session on %2 (%3), which is not a working day.', None): '班级 %1 在 %2（%3）有课，但当天不是工作日。',
    ('Cohort %1 has no lead instructor; it starts on %2.', None): '班级 %1 没有主讲教师；该班于 %2 开班。',
    ('Cohort %1 has no lead instructor.', None): '班级 %1 没有主讲教师。',
    ('Cohort %1 has %2 trainees holding seats but a capacity of %3.', None): '班级 %1 有 %2 名学员占用座位，但容量只有 %3。',
    ('Severity', None): '严重程度',
    ('Rule', None): '规则',
    ('What is wrong', None): '问题说明',
    ('Conflicts', None): '冲突',
    ('All rules', None): '全部规则',
    ('Blocking and warnings', None): '阻断和警告',
    ('Rule:', None): '规则：',
    ('Severity:', None): '严重程度：',
    ('line %1, column %2', None): '第 %1 行，%2 列',
    ('the header must start with the columns date,kind', None): '表头必须以 date,kind 两列开始',
    ('expected at least the columns date and kind', None): '至少需要 date 和 kind 两列',
    ('“%1” is not a date (expected YYYY-MM-DD)', None): '“%1”不是日期（应为 YYYY-MM-DD）',
    ('“%1” must be holiday or workday', None): '“%1”必须是 holiday 或 workday',
    ('%1 is a weekday; only a weekend day can be a make-up working day', None): '%1 是工作日；只有周末才能是调休上班日',
    ('%1 is listed twice', None): '%1 重复出现',
    ('Cannot read “%1”: %2', None): '无法读取“%1”：%2',
    ('Cannot read “%1”: it is larger than %2 MB', None): '无法读取“%1”：文件大于 %2 MB',
    ('Cannot read “%1”: it is not UTF-8 and this system cannot decode GB18030', None): '无法读取“%1”：文件不是 UTF-8，且本系统无法解码 GB18030',
    ('Cannot read “%1”: it is neither UTF-8 nor GB18030 text', None): '无法读取“%1”：文件既不是 UTF-8 也不是 GB18030 文本',
    ('<b>Bold</b> in the track\'s colour: teaching · %1 leave · <span style="color:%2">public holiday</span> · <span style="color:%3">make-up workday</span>', None): '以方向颜色<b>加粗</b>：授课 · %1 请假 · <span style="color:%2">法定节假日</span> · <span style="color:%3">调休上班日</span>',
    ('Select an instructor to see their calendar and load.', None): '选择一位教师以查看其日历和工作量。',
    ('Teaching days: week %1: %2 · %3: %4 · %5: %6', None): '授课天数：第 %1 周：%2 · %3：%4 · %5 年：%6',
    ('On leave %1 – %2: %3', None): '请假 %1 – %2：%3',
    ('No sessions', None): '无课程',
    ('Import…', None): '导入…',
    ('Import holidays and make-up working days from a CSV file (columns date,kind,name,name_zh)', None): '从 CSV 文件导入法定节假日和调休上班日（列：date,kind,name,name_zh）',
    ('Import Work &Calendar…', None): '导入工作日历(&C)…',
    ('Import Work Calendar', None): '导入工作日历',
    ('CSV files (*.csv);;All files (*)', None): 'CSV 文件 (*.csv);;所有文件 (*)',
    ('Cannot import the calendar', None): '无法导入日历',
    ('Nothing was imported from %1:\n\n%2', None): '未从 %1 导入任何内容：\n\n%2',
    ('Import %1 new and %2 changed day(s) from %3?', None): '从 %3 导入 %1 个新日期和 %2 个更改的日期？',
    ('Imported the work calendar: %1 new, %2 changed day(s).', None): '已导入工作日历：%1 个新日期，%2 个更改。',
    ('Move %1 to %2 (%3, %4 seats), free at all its sessions', None): '将 %1 移到 %2（%3，%4 个座位），所有课次均空闲',
    ('Suggested fixes for the selected conflict', None): '所选冲突的建议解决办法',
    ('No change of instructor, dates or venue clears this conflict on its own.', None): '单独更换教师、日期或场地都无法解决此冲突。',
    ('Plan in use', None): '计划正在使用',
    ('“%1” is open for editing in another Cohort Planner (%2).\n\nOpen it read-only?', None): '“%1”正在另一个培训班规划中编辑（%2）。\n\n以只读方式打开？',
    ('“%1” is open for editing in another Cohort Planner (%2).', None): '“%1”正在另一个培训班规划中编辑（%2）。',
    ('it is open for editing in another Cohort Planner (%1); open it read-only to look at it', None): '它正在另一个培训班规划中编辑（%1）；请以只读方式打开查看',
    ('its lock file “%1” cannot be created (the folder may be read-only); open it read-only to look at it', None): '无法创建其锁文件“%1”（文件夹可能为只读）；请以只读方式打开查看',
    ('Cannot create “%1”: a plan of that name is open for editing in another Cohort Planner (%2)', None): '无法创建“%1”：同名计划正在另一个培训班规划中编辑（%2）',
    ('someone else', None): '其他人',
    ('process %1 on %2', None): '%2 上的进程 %1',
    ('Cannot save a copy to “%1”: that plan is open for editing in another Cohort Planner (%2)', None): '无法将副本保存到“%1”：该计划正在另一个培训班规划中编辑（%2）',
    ('When', None): '时间',
    ('Who', None): '操作人',
    ('Action', None): '操作',
    ('Table', None): '表',
    ('Record', None): '记录',
    ('Change', None): '更改内容',
    ('Added', None): '新增',
    ('Changed', None): '修改',
    ('Deleted', None): '删除',
    ('Imported', None): '导入',
    ('Generated', None): '生成',
    ('Upgraded', None): '升级',
    ('History', None): '历史记录',
    # Timeline
    ('Timeline', None): '时间线',
    ('&Group by:', None): '分组(&G)：',
    ('&Zoom:', None): '缩放(&Z)：',
    ('Quarter', None): '季度',
    ('Week', None): '周',
    ('Today', None): '今天',
    ("Show today's date", None): '显示今天的日期',
    ('Ctrl+mouse wheel over the chart zooms too', None): '在图表上按住 Ctrl 滚动鼠标滚轮也可缩放',
    ('Weekend', None): '周末',
    ('Conflict warning', None): '冲突警告',
    ('Blocking conflict', None): '阻断性冲突',
    ('Cohorts meeting in %1: %2. Drag a cohort to move it by working days, or its right edge to change its end; Alt+←/→ moves the selected cohort by one working day; double-click opens it in Cohorts.', None):
        '%1 年上课的班级：%2 个。拖动班级可按工作日移动，拖动其右边缘可更改结束日期；Alt+←/→ 将所选班级移动一个工作日；双击可在“班级”中打开。',
    ('Cohorts: %1', None): '班级：%1',
    ('No cohorts meet in %1.', None): '%1 年没有上课的班级。',
    ('No plan loaded.', None): '未打开计划。',
    ('No venue (online)', None): '无场地（线上）',
    ('None', None): '无',
    ('Dates', None): '日期',
    ('%1 enrolled of %2', None): '已报名 %1 / 共 %2',
    ('%1: %2 working days · %3', None): '%1：%2 个工作日 · %3',
    ('%1: ends %2 · sessions: %3', None): '%1：结束于 %2 · 课次：%3',
    ('blocking (see the Conflicts page)', None): '阻断（见“冲突”页）',
    ('warnings (see the Conflicts page)', None): '警告（见“冲突”页）',
    ('week %1', None): '第 %1 周',
    # Filter and Go to
    ('All statuses', None): '全部状态',
    ('Show only the rows of one track', None): '只显示一个方向的行',
    ('Show only the rows with one status', None): '只显示一种状态的行',
    ('Show only the rows of one district', None): '只显示一个区的行',
    ('Filter…', None): '筛选…',
    ('Show only the rows that contain every word typed (Ctrl+F; Escape clears)', None): '只显示包含所输入每个词的行（Ctrl+F；Esc 清除）',
    ('From', None): '从',
    ('Show only the rows with a date on or after this day', None): '只显示日期在此日或之后的行',
    ('to', None): '至',
    ('Show only the rows with a date on or before this day', None): '只显示日期在此日或之前的行',
    ('Show all', None): '全部显示',
    ('Clear every filter', None): '清除所有筛选条件',
    ('&Copy', None): '复制(&C)',
    ('Select &All', None): '全选(&A)',
    ('Delete', None): '删除',
    ('%1 of %2', 'filtered rows'): '显示 %1 / 共 %2',
    ('Trainee', None): '学员',
    ('Go to', None): '转到',
    ('Go to a cohort, instructor, trainee, course or venue…', None): '转到班级、教师、学员、课程或场地…',
    ('Reading the plan…', None): '正在读取计划…',
    ('Type a code or a name. ↑↓ to choose, Enter to open, Esc to close.', None): '输入编号或名称。↑↓ 选择，Enter 打开，Esc 关闭。',
    ('Nothing found.', None): '未找到。',
    ('The first %1 found; type more to narrow them.', None): '显示找到的前 %1 项；继续输入可缩小范围。',
    ('&Edit', None): '编辑(&E)',
    ('&Filter Rows', None): '筛选行(&F)',
    ('&Go to…', None): '转到(&G)…',
    # Dialogs
    ('Error', None): '错误',
    ('&Add day', None): '添加一天(&A)',
    ('&Remove', None): '删除(&R)',
    ('&Lay out from course pattern', None): '按课程模式排课(&L)',
    ('Time of day', None): '时段',
    ('The first day to lay the sessions out from', None): '从哪一天开始排课',
    ("Replace every session by the course's weekdays and times of day, from the date beside, skipping weekends and public holidays", None):
        '从旁边的日期起，按课程的上课星期和时段重新排定全部课次，跳过周末和法定节假日',
    ("Add the next teaching day of the course's pattern after the last session", None): '在最后一次课之后，按课程模式添加下一个授课日',
    ('No sessions yet.', None): '尚无课次。',
    ('%1 – %2 · teaching days: %3 · sessions: %4', None): '%1 – %2 · 授课天数：%3 · 课次：%4',
    ('A&dd instructor', None): '添加教师(&D)',
    ('Re&move instructor', None): '移除教师(&M)',
    ('Role', None): '角色',
    ('Locked', None): '锁定',
    ('Automatic assignment keeps a locked instructor', None): '自动分配会保留已锁定的教师',
    ('None (online)', None): '无（线上）',
    ('&Course:', None): '课程(&C)：',
    ('Co&de:', None): '编号(&D)：',
    ('&Mode:', None): '方式(&M)：',
    ('&Venue:', None): '场地(&V)：',
    ('C&apacity:', None): '容量(&A)：',
    ('&Status:', None): '状态(&S)：',
    ('&Notes:', None): '备注(&N)：',
    ('Cohort %1', None): '班级 %1',
    ('New cohort', None): '新建班级',
    ('Track: %1', None): '方向：%1',
    ('Course: %1 · %2', None): '课程：%1 · %2',
    ('Track or course', None): '方向或课程',
    ('Up to level', None): '最高级别',
    ('Valid from', None): '生效日期',
    ('Valid until', None): '有效期至',
    ('No expiry', None): '长期有效',
    ('First day', None): '第一天',
    ('Last day', None): '最后一天',
    ('Reason', None): '原因',
    ('Leave', None): '请假',
    (' days', None): ' 天',
    ('&Staff number:', None): '工号(&S)：',
    ('&Name:', None): '姓名(&N)：',
    ('&Email:', None): '电子邮箱(&E)：',
    ('&Phone:', None): '电话(&P)：',
    ('&Home district:', None): '居住区(&H)：',
    ('per &week', None): '每周(&W)',
    ('per m&onth', None): '每月(&O)',
    ('per &year', None): '每年(&Y)',
    ('Teaching at most:', None): '授课上限：',
    ('Add &qualification', None): '添加资质(&Q)',
    ('Remove qualification', None): '删除资质',
    ('Add &leave', None): '添加请假(&L)',
    ('Remove leave', None): '删除请假',
    ('Instructor %1', None): '教师 %1',
    ('New instructor', None): '新建教师',
    ('&First start:', None): '首期开班(&F)：',
    ('&Start:', None): '开班(&S)：',
    (' weeks', None): ' 周',
    ('&Number of cohorts:', None): '班级数量(&N)：',
    ('One starting &every:', None): '开班间隔(&E)：',
    ('Meets:', None): '上课时间：',
    ('Cohorts to generate', None): '要生成的班级',
    ('Cohorts to generate:', None): '要生成的班级：',
    ('Sessions:', None): '课次：',
    ('Duplicate %1', None): '复制 %1',
    ('Generate a series of cohorts', None): '批量生成班级',
    ('%1 · teaching days: %2', None): '%1 · 授课天数：%2',
    ('The pattern has no working day to meet on.', None): '按此模式没有可上课的工作日。',
    ('Add cohort %1', None): '添加班级 %1',
    ('Duplicate %1 as %2', None): '将 %1 复制为 %2',
    ('Generate a cohort of %1', None): '生成一个 %1 班级',
    ('Generate %1 cohorts of %2', None): '生成 %1 个 %2 班级',
    ("The course's weekdays give no working day to meet on: choose another course or change its pattern.", None):
        '该课程的上课星期中没有可上课的工作日：请选择其他课程或修改其上课模式。',
    # Editing and undo
    ('Mon–Fri', None): '周一至周五', ('Every day', None): '每天', ('Session pattern', None): '上课安排',
    ('Read-only plan', None): '只读计划',
    ('This plan is open read-only; it cannot be changed. Open it again once nobody else has it open to edit it.', None):
        '此计划以只读方式打开，无法修改。请在其他人关闭后重新打开以进行编辑。',
    ('New Track', None): '新建方向', ('New Course', None): '新建课程', ('New Venue', None): '新建场地',
    ('New Instructor…', None): '新建教师…', ('New Cohort…', None): '新建班级…', ('New Trainee', None): '新建学员',
    ('New Target', None): '新建目标', ('New Day', None): '新建日期', ('Generate Series…', None): '批量生成班级…',
    ('Create several cohorts of a course, every few weeks', None): '按固定周间隔为一门课程创建多个班级',
    ('&Edit…', None): '编辑(&E)…', ('D&uplicate…', None): '复制班级(&U)…', ('&New', None): '新建(&N)',
    ('&Delete…', None): '删除(&D)…', ('Not changed', None): '未修改', ('Done: %1', None): '已完成：%1',
    ('Not deleted', None): '未删除', ('%1?', None): '%1？',
    ('Edit ▸ Undo brings everything back.', None): '“编辑 ▸ 撤销”可全部恢复。',
    ('Change the end of cohort %1 to %2', None): '将班级 %1 的结束日期改为 %2',
    ('Undo failed', None): '撤销失败',
    ('%1\n\nThe plan keeps its last saved state; the undo history was cleared.', None):
        '%1\n\n计划保持最后一次保存的状态；撤销历史已清空。',
    ('Yearly targets', None): '年度目标', ('&Undo', None): '撤销(&U)', ('&Redo', None): '重做(&R)',
    ('Undo &History', None): '撤销历史(&H)', ('%1[*] — Cohort Planner', None): '%1[*] — 培训班规划',
    ('Undo History', None): '撤销历史', ('<plan as opened>', None): '<打开时的计划>',
    ('Click a step to go back (or forward) to it. Every step is already saved in the plan file.', None):
        '单击某一步可回到（或前进到）该步。每一步都已保存在计划文件中。',
    ('No plan is open.', None): '未打开计划。',
    ('The plan is open read-only; nothing was changed.', None): '计划以只读方式打开；未做任何修改。',
    ('Nothing was changed: %1', None): '未做任何修改：%1',
    ('Add track %1', None): '添加方向 %1', ('Edit track %1', None): '编辑方向 %1',
    ('Add course %1', None): '添加课程 %1', ('Edit course %1', None): '编辑课程 %1',
    ('Add venue %1', None): '添加场地 %1', ('Edit venue %1', None): '编辑场地 %1',
    ('Add instructor %1', None): '添加教师 %1', ('Edit instructor %1', None): '编辑教师 %1',
    ('Add qualification%1', None): '添加资质%1', ('Edit qualification%1', None): '编辑资质%1',
    ('Add leave from %1', None): '添加自 %1 起的请假', ('Edit leave from %1', None): '编辑自 %1 起的请假',
    ('Add cohort %1', None): '添加班级 %1', ('Edit cohort %1', None): '编辑班级 %1',
    ('Add session on %1', None): '添加 %1 的课次', ('Edit session on %1', None): '编辑 %1 的课次',
    ('Assign instructor%1', None): '分配教师%1', ('Edit assignment%1', None): '编辑分配%1',
    ('Add trainee %1', None): '添加学员 %1', ('Edit trainee %1', None): '编辑学员 %1',
    ('Add enrollment%1', None): '添加报名%1', ('Edit enrollment%1', None): '编辑报名%1',
    ('Add target for %1', None): '添加 %1 年目标', ('Edit target for %1', None): '编辑 %1 年目标',
    ('Add calendar day %1', None): '添加日历日期 %1', ('Edit calendar day %1', None): '编辑日历日期 %1',
    ('There is already a track named “%1”.', None): '已有名为“%1”的方向。',
    ('There is already a course with the code %1.', None): '已有编号为 %1 的课程。',
    ('There is already a venue named “%1”.', None): '已有名为“%1”的场地。',
    ('There is already an instructor with the staff number %1.', None): '已有工号为 %1 的教师。',
    ('There is already a cohort with the code %1.', None): '已有编号为 %1 的班级。',
    ('There is already a trainee with the identity number %1.', None): '已有身份证号为 %1 的学员。',
    ('The record was deleted meanwhile; nothing was changed.', None): '该记录已被删除；未做任何修改。',
    ('There is already an entry for %1.', None): '%1 已有记录。',
    ('New track', None): '新方向', ('New course', None): '新课程', ('New venue', None): '新场地',
    ('New instructor', None): '新教师', ('New trainee', None): '新学员',
    ('There is nothing to create.', None): '没有要创建的内容。',
    ('The code %1 is given to two new cohorts.', None): '编号 %1 被两个新班级同时使用。',
    ('The cohorts were deleted meanwhile.', None): '这些班级已被删除。',
    ('Delete cohort %1', None): '删除班级 %1',
    ('The instructors were deleted meanwhile.', None): '这些教师已被删除。',
    ('Delete instructor %1', None): '删除教师 %1',
    ('The trainees were deleted meanwhile.', None): '这些学员已被删除。',
    ('Delete trainee %1', None): '删除学员 %1',
    ('The courses were deleted meanwhile.', None): '这些课程已被删除。',
    ('Delete course %1', None): '删除课程 %1',
    ('The venues were deleted meanwhile.', None): '这些场地已被删除。',
    ('Delete venue %1', None): '删除场地 %1',
    ('The tracks were deleted meanwhile.', None): '这些方向已被删除。',
    ('Delete track %1', None): '删除方向 %1',
    ('The targets were deleted meanwhile.', None): '这些目标已被删除。',
    ('The calendar days were deleted meanwhile.', None): '这些日历日期已被删除。',
    ('%1 must not be empty.', None): '%1不能为空。',
    ('%1 is too long: at most %2 characters.', None): '%1过长：最多 %2 个字符。',
    ('%1 must be between %2 and %3.', None): '%1必须在 %2 到 %3 之间。',
    ('The name', None): '名称', ('The code', None): '编号', ('The title', None): '标题',
    ('The colour must be written #rrggbb, e.g. #4e79a7.', None): '颜色须写作 #rrggbb，例如 #4e79a7。',
    ("Choose the course's track.", None): '请选择课程所属方向。',
    ('The number of teaching days', None): '授课天数',
    ('The hours per day must be more than 0 and at most 24.', None): '每天课时须大于 0 且不超过 24。',
    ('The capacity', None): '名额',
    ('Choose at least one weekday for the sessions.', None): '请至少选择一个上课的星期几。',
    ('Choose at least one time of day for the sessions.', None): '请至少选择一个上课时段。',
    ('The number of seats', None): '座位数',
    ('A venue that is not online needs at least one seat.', None): '线下场地至少需要一个座位。',
    ('The staff number', None): '工号', ('The limit per week', None): '每周上限',
    ('The limit per month', None): '每月上限', ('The limit per year', None): '每年上限',
    ('The limit per month cannot be above the limit per year.', None): '每月上限不能高于每年上限。',
    ('A qualification is for either a track or a course.', None): '资质只能针对一个方向或一门课程。',
    ('Enter the date the qualification is valid from.', None): '请输入资质生效日期。',
    ('The qualification cannot end (%1) before it starts (%2).', None): '资质的截止日期（%1）不能早于生效日期（%2）。',
    ('Enter the first day of the leave.', None): '请输入请假的第一天。',
    ('Enter the last day of the leave.', None): '请输入请假的最后一天。',
    ('The leave cannot end (%1) before it starts (%2).', None): '请假的结束日期（%1）不能早于开始日期（%2）。',
    ("Choose the cohort's course.", None): '请选择班级的课程。',
    ('The capacity must be at least 1 seat.', None): '名额至少为 1 个。',
    ('A cohort taught in person needs a venue.', None): '线下授课的班级需要场地。',
    ("Enter the session's date.", None): '请输入课次日期。',
    ('Choose the instructor.', None): '请选择教师。',
    ('The identity number is too long: at most 40 characters.', None): '身份证号过长：最多 40 个字符。',
    ('The attendance must be between 0% and 100%.', None): '出勤率须在 0% 到 100% 之间。',
    ('The score must be between 0 and 100.', None): '成绩须在 0 到 100 之间。',
    ('Only a trainee who completed the cohort can be certified.', None): '只有已结业的学员才能获得认证。',
    ('Enter the date of the certificate.', None): '请输入证书日期。',
    ('The year', None): '年份', ("Choose the target's track.", None): '请选择目标所属方向。',
    ('The trainee target', None): '培训目标', ('The certification target', None): '认证目标',
    ('More certified (%1) than trained (%2) is not a reachable target.', None): '认证人数（%1）多于培训人数（%2），目标无法达成。',
    ('Enter the date.', None): '请输入日期。',
    ('A cohort needs at least one session.', None): '班级至少需要一个课次。',
    ('%1 is a weekend day, not a working day.', None): '%1 是周末，不是工作日。',
    ('%1 is a public holiday (%2), not a working day.', None): '%1 是法定节假日（%2），不是工作日。',
    ('Two sessions are on %1 at the same time of day.', None): '%1 同一时段有两个课次。',
    ('An instructor is assigned twice.', None): '同一教师被分配了两次。',
    ('A cohort has one lead instructor; make the others assistants.', None): '每个班级只有一名主讲；请将其他人设为助教。',
    ('Trainees to train', None): '培训人数', ('To certify', None): '认证人数',
    # Data safety
    ('it is truncated (%1 bytes, less than a SQLite header)', None): '文件被截断（%1 字节，不足一个 SQLite 文件头）',
    ('its pages cannot be read: %1', None): '无法读取其数据页：%1',
    ('it holds a record of %1 MiB, more than the %2 MiB a plan may hold in one record', None):
        '其中有一条 %1 MiB 的记录，超过计划文件单条记录 %2 MiB 的上限',
    ('The plan file “%1” was deleted or moved while it was open', None): '计划文件“%1”在打开期间被删除或移走',
    ('The plan file “%1” was replaced or moved while it was open', None): '计划文件“%1”在打开期间被替换或移走',
    ('Nothing was changed: %1. Use Save As to keep a copy of the plan as it is open.', None):
        '未做任何更改：%1。请用“另存为”保存当前打开的计划副本。',
    ('the current file could not be kept as “%1”', None): '无法将当前文件保留为“%1”',
    ('When opened', None): '打开时',
    ('While editing', None): '编辑期间',
    ('Manual', None): '手动',
    ('Before upgrade', None): '升级前',
    ('No backup of “%1” was made: %2', None): '未能备份“%1”：%2',
    ('the plan fails its integrity check (%1)', None): '计划未通过完整性检查（%1）',
    ('the folder “%1” cannot be created', None): '无法创建文件夹“%1”',
    ('Cannot restore “%1” from the backup of %2: %3', None): '无法用 %2 的备份恢复“%1”：%3',
    ('the plan is open for editing in another Cohort Planner (%1)', None): '该计划正在另一个培训班规划中编辑（%1）',
    ('the backup fails its integrity check (%1)', None): '备份未通过完整性检查（%1）',
    ('This plan is on a network drive (%1): the lock that keeps a second Cohort Planner from writing to it may not work there. Make sure only one person edits it at a time.', None):
        '此计划位于网络驱动器上（%1）：防止另一个培训班规划同时写入的文件锁在那里可能无效。请确保同一时间只有一人编辑。',
    ('This plan is in a %1 folder: the sync service may copy it while it is being written and does not share the lock. Make sure only one person edits it at a time, or keep it in a local folder.', None):
        '此计划位于 %1 同步文件夹中：同步服务可能在写入过程中复制它，且不会同步文件锁。请确保同一时间只有一人编辑，或将其放在本地文件夹中。',
    ('Taken', None): '备份时间',
    ('Size', None): '大小',
    ('Occasion', None): '时机',
    ('Restore from Backup', None): '从备份恢复',
    ('There are no backups of “%1” yet. Backups are made when the plan is opened for editing and every %2 minutes while it is edited.', None):
        '“%1”还没有备份。计划以编辑方式打开时会备份，编辑期间每 %2 分钟备份一次。',
    ('Choose the backup of “%1” to go back to. The plan as it is now is kept beside it (NAME.before-restore-…), so nothing is lost.', None):
        '请选择要恢复的“%1”备份。计划的当前状态会保留在旁边（名称.before-restore-…），不会丢失任何内容。',
    ('Backups are kept in %1', None): '备份保存在 %1',
    ('&Restore', None): '恢复(&R)',
    ('The plan is damaged', None): '计划文件已损坏',
    ('%1\n\nA good backup of this plan from %2 exists. Opening it keeps the damaged file beside it (NAME.damaged-…) in case it is needed.', None):
        '%1\n\n此计划有一份 %2 的完好备份。打开该备份时，损坏的文件会保留在旁边（名称.damaged-…），以备需要。',
    ('Open the newest good backup (from %1)', None): '打开最新的完好备份（%1）',
    ('Cannot restore the backup', None): '无法恢复备份',
    ('Restore from &Backup…', None): '从备份恢复(&B)…',
    ('Restored from the backup; the plan as it was is kept beside it.', None): '已从备份恢复；恢复前的计划保留在旁边。',
    # Assignment
    ('This edit would add a blocking conflict: %1', None): '此修改会新增阻断性冲突：%1',
    ('(and %1 more)', None): '（另有 %1 项）',
    ('The cohort was deleted meanwhile.', None): '该班级已被删除。',
    ('%1 no longer teaches %2.', None): '%1 已不再教授 %2。',
    ('%1 already teaches %2.', None): '%1 已在教授 %2。',
    ('Replace %1 by %2 in %3', None): '在 %3 中用 %2 替换 %1',
    ('Make %1 the lead of %2', None): '让 %1 担任 %2 的主讲',
    ('Move %1 to start on %2', None): '将 %1 改为 %2 开班',
    ('The venue was deleted meanwhile.', None): '该场地已被删除。',
    ('Move %1 to %2', None): '将 %1 移至 %2',
    ('Rea&son for assigning despite the warnings:', None): '存在警告仍要安排的理由(&S)：',
    ('Assign an instructor to %1', None): '为 %1 安排教师',
    ('Teaching days (week · month · year)', None): '授课天数（周 · 月 · 年）',
    ('Why', None): '原因',
    ('Candidates', None): '候选教师',
    ('e.g. agreed with the instructor and their manager', None): '例如：已与教师及其主管商定',
    ('&Role:', None): '角色(&R)：',
    ("Best first: free and qualified, then fewest warnings, the least loaded, and those living in the venue's district. Blocked instructors cannot be assigned.", None):
        '最合适的排在前面：有空且具备资质者优先，其次是警告最少、负荷最轻、住在场地所在区的教师。有阻断性冲突的教师不能安排。',
    ('Free and qualified', None): '有空且具备资质',
    ('Warning', None): '警告',
    ('Blocked', None): '不可安排',
    ('%1/%2 · %3/%4 · %5/%6', None): '%1/%2 · %3/%4 · %5/%6',
    ("Days already booked in the week, month and year of the cohort's first session, against the instructor's limits", None):
        '班级首次课所在周、月、年中该教师已排的授课天数，以及其上限',
    ('Lives nearby', None): '住在附近',
    ('No rule objects: qualified, free and under the limits.', None): '没有规则反对：具备资质、有空且未超出上限。',
    ('Choose an instructor.', None): '请选择一位教师。',
    ('%1 cannot be assigned: %2', None): '不能安排 %1：%2',
    ('%1 can be assigned with a reason: %2', None): '可以安排 %1，但需填写理由：%2',
    ('%1 is qualified, free on every session date and under their limits.', None): '%1 具备资质，每个上课日期都有空，且未超出上限。',
    ('Ass&ign…', None): '安排(&I)…',
    ('Choose from the instructors ranked by who is qualified, free and under their limits', None):
        '从按资质、空闲和上限排序的教师中选择',
    ('&Reason for accepting the warnings:', None): '接受警告的理由(&R)：',
    ('Give a reason for accepting: %1', None): '请填写接受以下警告的理由：%1',
    ('&Apply fix', None): '应用修复(&A)',
    ('Double-click a fix or choose Apply fix: it is made as one step you can undo.', None):
        '双击某个修复或点击“应用修复”：修改作为一步完成，可以撤销。',
}
# Plural forms: (Chinese, English singular, English plural)
NUMERUS = {
    'This also deletes %n record(s) that depend on it: sessions, assignments, enrollments, qualifications or leave.':
        ('同时删除依赖于它的 %Ln 条记录：课次、分配、报名、资质或请假。',
         'This also deletes %Ln record that depends on it: sessions, assignments, enrollments, qualifications or leave.',
         'This also deletes %Ln records that depend on it: sessions, assignments, enrollments, qualifications or leave.'),
    'Move cohort %1 %n working day(s) later': ('将班级 %1 推后 %Ln 个工作日', 'Move cohort %1 %Ln working day later', 'Move cohort %1 %Ln working days later'),
    'Move cohort %1 %n working day(s) earlier': ('将班级 %1 提前 %Ln 个工作日', 'Move cohort %1 %Ln working day earlier', 'Move cohort %1 %Ln working days earlier'),
    '%n target(s): trainees to train and to certify per year and track': ('%Ln 个目标：每年每个方向的培训与认证人数', '%Ln target: trainees to train and to certify per year and track', '%Ln targets: trainees to train and to certify per year and track'),
    'Delete %n cohorts': ('删除 %Ln 个班级', 'Delete %Ln cohort', 'Delete %Ln cohorts'),
    'Delete %n instructors': ('删除 %Ln 名教师', 'Delete %Ln instructor', 'Delete %Ln instructors'),
    'Delete %n trainees': ('删除 %Ln 名学员', 'Delete %Ln trainee', 'Delete %Ln trainees'),
    'Delete %n courses': ('删除 %Ln 门课程', 'Delete %Ln course', 'Delete %Ln courses'),
    'Delete %n venues': ('删除 %Ln 个场地', 'Delete %Ln venue', 'Delete %Ln venues'),
    'Delete %n tracks': ('删除 %Ln 个方向', 'Delete %Ln track', 'Delete %Ln tracks'),
    'Delete %n targets': ('删除 %Ln 个目标', 'Delete %Ln target', 'Delete %Ln targets'),
    'Delete %n calendar days': ('删除 %Ln 个日历日期', 'Delete %Ln calendar day', 'Delete %Ln calendar days'),
    '%n cohorts are of these courses (e.g. %1): delete them first, or keep the course.':
        ('有 %Ln 个班级属于这些课程（如 %1）：请先删除这些班级，或保留该课程。',
         '%Ln cohort is of these courses (%1): delete it first, or keep the course.',
         '%Ln cohorts are of these courses (e.g. %1): delete them first, or keep the course.'),
    '%n cohorts meet at these venues (e.g. %1): move or delete them first.':
        ('有 %Ln 个班级在这些场地上课（如 %1）：请先移动或删除这些班级。',
         '%Ln cohort meets at these venues (%1): move or delete it first.',
         '%Ln cohorts meet at these venues (e.g. %1): move or delete them first.'),
    '%n courses belong to these tracks (e.g. %1): delete or move them first.':
        ('有 %Ln 门课程属于这些方向（如 %1）：请先删除或移动这些课程。',
         '%Ln course belongs to these tracks (%1): delete or move it first.',
         '%Ln courses belong to these tracks (e.g. %1): delete or move them first.'),
    '%1 of target, %n cohort(s)': ('完成目标的 %1，%Ln 个班级', '%1 of target, %Ln cohort', '%1 of target, %Ln cohorts'),
    '%n waitlisted': ('%Ln 人候补', '%Ln waitlisted', '%Ln waitlisted'),
    '%n cohort(s), all years': ('%Ln 个班级（全部年度）', '%Ln cohort, all years', '%Ln cohorts, all years'),
    '%n instructor(s); load and leave for %1': ('%Ln 名教师；%1 年的工作量和请假', '%Ln instructor; load and leave for %1', '%Ln instructors; load and leave for %1'),
    '%n trainee(s)': ('%Ln 名学员', '%Ln trainee', '%Ln trainees'),
    '%n track(s)': ('%Ln 个方向', '%Ln track', '%Ln tracks'),
    '%n course(s)': ('%Ln 门课程', '%Ln course', '%Ln courses'),
    '%n venue(s)': ('%Ln 个场地', '%Ln venue', '%Ln venues'),
    '%n exception(s) to the Monday–Friday week: public holidays and make-up working days':
        ('%Ln 个例外日期：法定节假日和调休上班日', '%Ln exception to the Monday–Friday week: public holidays and make-up working days',
         '%Ln exceptions to the Monday–Friday week: public holidays and make-up working days'),
    '%n row(s)': ('%Ln 行', '%Ln row', '%Ln rows'),
    '%n change(s), newest first: who changed what, and when': ('%Ln 条更改，最新的在前：谁在何时改了什么', '%Ln change, newest first: who changed what, and when', '%Ln changes, newest first: who changed what, and when'),
    '%n conflict(s). %1': ('%Ln 个冲突。%1', '%Ln conflict. %1', '%Ln conflicts. %1'),
    'Make %1 the lead of %2 (qualified and free; %n teaching day(s) booked so far)': ('让 %1 担任 %2 的主讲（有资质且有空；目前已排 %Ln 个授课日）', 'Make %1 the lead of %2 (qualified and free; %Ln teaching day booked so far)', 'Make %1 the lead of %2 (qualified and free; %Ln teaching days booked so far)'),
    'Replace %1 by %2 in %3 (qualified and free; %n teaching day(s) booked so far)': ('在 %3 中由 %2 替换 %1（有资质且有空；目前已排 %Ln 个授课日）', 'Replace %1 by %2 in %3 (qualified and free; %Ln teaching day booked so far)', 'Replace %1 by %2 in %3 (qualified and free; %Ln teaching days booked so far)'),
    ' — leaves %n warning(s)': ('——仍有 %Ln 个警告', ' — leaves %Ln warning', ' — leaves %Ln warnings'),
    'Move %1 %n week(s) later, to start on %2': ('将 %1 推迟 %Ln 周，于 %2 开班', 'Move %1 %Ln week later, to start on %2', 'Move %1 %Ln weeks later, to start on %2'),
    'Move %1 %n week(s) earlier, to start on %2': ('将 %1 提前 %Ln 周，于 %2 开班', 'Move %1 %Ln week earlier, to start on %2', 'Move %1 %Ln weeks earlier, to start on %2'),
    '… and %n more.': ('……另有 %Ln 个。', '… and %Ln more.', '… and %Ln more.'),
    'The plan already has all %n day(s) of this file.': ('计划中已有该文件的全部 %Ln 个日期。', 'The plan already has the %Ln day of this file.', 'The plan already has all %Ln days of this file.'),
    'The qualification of %1 for %2 expired after %3: cohort %4 has %n session date(s) without a valid qualification, the first on %5.': ('%1 的 %2 资质已于 %3 后失效：班级 %4 有 %Ln 个上课日期没有有效资质，第一个是 %5。', 'The qualification of %1 for %2 expired after %3: cohort %4 has %Ln session date without a valid qualification, on %5.', 'The qualification of %1 for %2 expired after %3: cohort %4 has %Ln session dates without a valid qualification, the first on %5.'),
    'The qualification of %1 for %2 is valid only from %3: cohort %4 has %n session date(s) without a valid qualification, the first on %5.': ('%1 的 %2 资质自 %3 起才有效：班级 %4 有 %Ln 个上课日期没有有效资质，第一个是 %5。', 'The qualification of %1 for %2 is valid only from %3: cohort %4 has %Ln session date without a valid qualification, on %5.', 'The qualification of %1 for %2 is valid only from %3: cohort %4 has %Ln session dates without a valid qualification, the first on %5.'),
    '%1 is on leave from %2 to %3 but teaches cohort %4 on %n date(s) then, the first on %5.': ('%1 在 %2 至 %3 请假，但在此期间要在 %Ln 个日期为班级 %4 授课，第一个是 %5。', '%1 is on leave from %2 to %3 but teaches cohort %4 on %Ln date then, on %5.', '%1 is on leave from %2 to %3 but teaches cohort %4 on %Ln dates then, the first on %5.'),
    '%1 is on leave from %2 to %3 (%4) but teaches cohort %5 on %n date(s) then, the first on %6.': ('%1 在 %2 至 %3 请假（%4），但在此期间要在 %Ln 个日期为班级 %5 授课，第一个是 %6。', '%1 is on leave from %2 to %3 (%4) but teaches cohort %5 on %Ln date then, on %6.', '%1 is on leave from %2 to %3 (%4) but teaches cohort %5 on %Ln dates then, the first on %6.'),
    '%n conflict(s) shown: %1 blocking and %2 warnings in the whole plan. Double-click one to go to its cohort.': ('显示 %Ln 个冲突：整个计划中有 %1 个阻断、%2 个警告。双击可转到对应班级。', '%Ln conflict shown: %1 blocking and %2 warnings in the whole plan. Double-click it to go to its cohort.', '%Ln conflicts shown: %1 blocking and %2 warnings in the whole plan. Double-click one to go to its cohort.'),
    '%n track(s)': ('%Ln 个方向', '%Ln track', '%Ln tracks'),
    '%n found.': ('找到 %Ln 项。', '%Ln found.', '%Ln found.'),
    '%1 %2: %3 / %Ln day(s) (%4%)': ('%1 %2：%3 / %Ln 天（%4%）', '%1 %2: %3 / %Ln day (%4%)', '%1 %2: %3 / %Ln days (%4%)'),
}


# --- enroll --- (issue 6, items 1-2: enrollment lifecycle, roster and trainee panes)
ZH.update({
    # EnrollmentRules
    ('The enrollment was deleted meanwhile.', None): '该报名记录已被删除。',
    ('%1 is %2 in %3 and can no longer be withdrawn.', None): '%1 在 %3 中的状态为“%2”，不能再退出。',
    ('%1 is %2: nobody can be enrolled in it.', None): '%1 的状态为“%2”：不能再报名。',
    ('%1 is already %2 in %3.', None): '%1 在 %3 中的状态已是“%2”。',
    ('%1 is already %2 in %3 (%4 – %5), whose dates overlap %6 (%7 – %8).', None):
        '%1 已在 %3（%4 – %5）中，状态为“%2”，其日期与 %6（%7 – %8）重叠。',
    ('Trainee %1', None): '学员 %1',
    ('Choose the trainees to enroll.', None): '请选择要报名的学员。',
    ('Choose the enrollments to withdraw.', None): '请选择要退出的报名记录。',
    ('Choose the enrollments to transfer.', None): '请选择要转班的报名记录。',
    ('Choose the enrollments to change.', None): '请选择要修改的报名记录。',
    ('%1 is already in %2.', None): '%1 已在 %2 中。',
    ('%1 is %2 in %3: only enrolled or waitlisted trainees can be transferred.', None):
        '%1 在 %3 中的状态为“%2”：只有已报名或候补的学员可以转班。',
    ('%1 is %2 in %3 and cannot be marked %4.', None): '%1 在 %3 中的状态为“%2”，不能标记为“%4”。',
    ('%1 is on the waitlist of %2: there is no attendance or score to record yet.', None):
        '%1 在 %2 的候补名单上：尚无出勤或成绩可记录。',
    ('%1 has not completed %2 and cannot be certified.', None): '%1 尚未结业于 %2，不能认证。',
    ('%1 cannot be certified on %2, before %3 started on %4.', None): '%1 不能在 %2 认证：%3 于 %4 才开班。',
    ('%1 is not on the waitlist of %2.', None): '%1 不在 %2 的候补名单上。',
    ('There is nothing to paste.', None): '没有可粘贴的内容。',
    ('Line %1: “%2” is not a score from 0 to 100.', None): '第 %1 行：“%2”不是 0 到 100 之间的成绩。',
    ('Line %1: “%2” is not an attendance rate (0 to 1, or 0% to 100%).', None):
        '第 %1 行：“%2”不是出勤率（0 到 1，或 0% 到 100%）。',
    # PlanEdits
    ('Withdraw %1 from %2', None): '%1 退出 %2',
    ('Move to place %1 on the waitlist', None): '移到候补名单第 %1 位',
    ('That changes nothing.', None): '这不会改变任何内容。',
    # Roster and history tables
    ('#', None): '序号', ('ID number', None): '身份证号', ('Attendance', None): '出勤率', ('Score', None): '成绩',
    ('Certificate', None): '证书', ('Certified on', None): '认证日期', ('Enrolled on', None): '报名日期',
    ('“%1” is not a number.', None): '“%1”不是数字。',
    ('Record the attendance of %1', None): '记录 %1 的出勤率',
    ('Record the score of %1', None): '记录 %1 的成绩',
    ('Record the certificate of %1', None): '记录 %1 的证书',
    ('Paste scores or attendance rates into the Score or Attendance column of the trainees holding seats.', None):
        '请将成绩或出勤率粘贴到占有名额学员的“成绩”或“出勤率”列。',
    ('Select the rows to paste into.', None): '请选择要粘贴到的行。',
    ('%1 values cannot be pasted from row %2 down: there are only %3 rows from there.', None):
        '无法从第 %2 行起向下粘贴 %1 个值：从该行起只有 %3 行。',
    ('%1 values cannot be pasted onto %2 selected rows: select as many rows as there are values, or one row to fill downwards from it.', None):
        '无法将 %1 个值粘贴到所选的 %2 行：请选择与值数量相同的行数，或只选一行以从该行向下填充。',
    ('Waitlisted (#%1)', None): '候补（第 %1 位）',
    # Pickers
    ('Type to search: name, ID number, code, employer…', None): '输入以搜索：姓名、身份证号、编号、单位…',
    ('&Choose', None): '选择(&C)',
    ('Enroll Trainees', None): '报名学员',
    ('Choose the trainees to enroll (Ctrl or Shift for several). They take the free seats in the order chosen; the rest go onto the waitlist.', None):
        '选择要报名的学员（按住 Ctrl 或 Shift 可多选）。学员按所选顺序占用空余名额，其余进入候补名单。',
    ('Enroll in Cohort', None): '报名班级',
    ("Choose the cohort: a free seat if there is one, else its waitlist. Cohorts whose dates overlap the trainee's other enrollments are refused.", None):
        '选择班级：有空余名额则占用名额，否则进入候补名单。与该学员其他报名日期重叠的班级会被拒绝。',
    ('Transfer to Cohort', None): '转到班级',
    ("Choose the cohort to transfer to: a free seat if there is one, else its waitlist. The seat left behind goes to the first on the old cohort's waitlist.", None):
        '选择要转入的班级：有空余名额则占用名额，否则进入候补名单。空出的名额由原班级候补名单上的第一位递补。',
    # Roster pane
    ('Waitlist', None): '候补名单',
    ('E&nroll Trainees…', None): '报名学员(&N)…',
    ('&Withdraw', None): '退出(&W)',
    ('&Transfer…', None): '转班(&T)…',
    ('Mark &Completed', None): '标记结业(&C)',
    ('Mark F&ailed', None): '标记未通过(&A)',
    ('Move &Up', None): '上移(&U)',
    ('Move &Down', None): '下移(&D)',
    ('Withdraw the selected trainees; each seat freed goes to the first on the waitlist', None):
        '让所选学员退出；空出的名额由候补名单上的第一位递补',
    ("Move the selected trainees to another cohort's seat or waitlist", None): '将所选学员转到其他班级的名额或候补名单',
    ('Mark the selected trainees as having completed the cohort', None): '将所选学员标记为已结业',
    ('Mark the selected trainees as having failed the cohort', None): '将所选学员标记为未通过',
    ('Scores and attendance: edit a cell, or copy a column in a spreadsheet, select the rows here and paste (Ctrl+V).', None):
        '成绩和出勤率：直接编辑单元格，或在电子表格中复制一列，在此选中相应行后粘贴（Ctrl+V）。',
    ('Seats', None): '名额',
    ('&Paste', None): '粘贴(&P)',
    ('Select a cohort to see its roster and waitlist.', None): '选择一个班级以查看其名单和候补名单。',
    ('%1 of %2 seats taken', None): '已占用 %1 / %2 个名额',
    ('Waitlist (%1)', None): '候补名单（%1）',
    # Trainee pane
    ('&Enroll in Cohort…', None): '报名班级(&E)…',
    ('E&nroll in Cohort…', None): '报名班级(&N)…',
    ('Withdraw from the selected enrollment; the seat goes to the first on the waitlist', None):
        '退出所选报名；空出的名额由候补名单上的第一位递补',
    ("Move the selected enrollment to another cohort's seat or waitlist", None): '将所选报名转到其他班级的名额或候补名单',
    ('Select a trainee to see their cohorts and certificates.', None): '选择一名学员以查看其班级和证书。',
    ('%1, %2 (%3, %4)', None): '%1，%2（%3，%4）',
    ('<b>Certificates:</b> none yet', None): '<b>证书：</b>暂无',
    ('<b>Certificates:</b> %1', None): '<b>证书：</b>%1',
    ('Not enrolled', None): '未报名',
})
NUMERUS.update({
    '%n trainee(s) hold seats in %1: the capacity cannot go below that. Withdraw or transfer trainees first.':
        ('%Ln 名学员占用 %1 的名额：容量不能低于此数。请先让学员退出或转班。',
         '%Ln trainee holds a seat in %1: the capacity cannot go below that. Withdraw or transfer the trainee first.',
         '%Ln trainees hold seats in %1: the capacity cannot go below that. Withdraw or transfer trainees first.'),
    'Enroll %n trainee(s) in %1': ('为 %1 报名 %Ln 名学员', 'Enroll %Ln trainee in %1', 'Enroll %Ln trainees in %1'),
    '(%n on the waitlist)': ('（%Ln 名候补）', '(%Ln on the waitlist)', '(%Ln on the waitlist)'),
    'Withdraw %n trainee(s)': ('%Ln 名学员退出', 'Withdraw %Ln trainee', 'Withdraw %Ln trainees'),
    '(%n promoted from the waitlist)': ('（%Ln 名候补递补）', '(%Ln promoted from the waitlist)', '(%Ln promoted from the waitlist)'),
    'Transfer %n trainee(s) to %1': ('将 %Ln 名学员转到 %1', 'Transfer %Ln trainee to %1', 'Transfer %Ln trainees to %1'),
    'Mark %n trainee(s) completed': ('将 %Ln 名学员标记为已结业', 'Mark %Ln trainee completed', 'Mark %Ln trainees completed'),
    'Mark %n trainee(s) failed': ('将 %Ln 名学员标记为未通过', 'Mark %Ln trainee failed', 'Mark %Ln trainees failed'),
    'Record the certificates of %n trainee(s)': ('记录 %Ln 名学员的证书', 'Record the certificate of %Ln trainee', 'Record the certificates of %Ln trainees'),
    'Record the outcomes of %n trainee(s)': ('记录 %Ln 名学员的结果', 'Record the outcome of %Ln trainee', 'Record the outcomes of %Ln trainees'),
    'Paste %n score(s)': ('粘贴 %Ln 个成绩', 'Paste %Ln score', 'Paste %Ln scores'),
    'Paste %n attendance rate(s)': ('粘贴 %Ln 个出勤率', 'Paste %Ln attendance rate', 'Paste %Ln attendance rates'),
    '%1 of %2 shown · %n selected': ('显示 %1 / %2 · 已选 %Ln', '%1 of %2 shown · %Ln selected', '%1 of %2 shown · %Ln selected'),
    '%n waiting': ('%Ln 人候补', '%Ln waiting', '%Ln waiting'),
})

# --- import ---
# Spreadsheet import and export (issue 6, items 3-5): the wizard, File ▸ Import…/Export…,
# the import rules' problems and the readers' and writers' errors.
ZH.update({
    ('%1 %2 %3', None): '%1 %2 %3',
    ('%1 for %2', None): '%1 的 %2',
    ('%1 in %2', None): '%1 在 %2',
    ('%1 is a public holiday (%2)', None): '%1 是法定节假日（%2）',
    ('%1 is required', None): '%1 为必填项',
    ('%1 new, %2 changed, %3 unchanged.', None): '新增 %1，修改 %2，未变 %3。',
    ('&Delimiter:', None): '分隔符(&D)：',
    ('&Encoding:', None): '编码(&E)：',
    ('&Export…', None): '导出(&E)…',
    ('&File:', None): '文件(&F)：',
    ('&Holds:', None): '内容(&H)：',
    ('&Import', None): '导入(&I)',
    ('&Import…', None): '导入(&I)…',
    ('(not in the file)', None): '（文件中没有）',
    ('A CSV file (UTF-8 or GB18030, separated by commas, semicolons or tabs) or an Excel workbook (.xlsx, its first sheet).', None):
        'CSV 文件（UTF-8 或 GB18030，以逗号、分号或制表符分隔）或 Excel 工作簿（.xlsx，读取第一个工作表）。',
    ('A dry run: nothing is written yet. Fix the file and go back, or import only the rows without problems.', None):
        '试运行：尚未写入任何内容。请修改文件后返回，或只导入没有问题的行。',
    ('All rows are written in one transaction: if anything fails, the plan stays as it was.', None):
        '所有行在一个事务中写入：任何一步失败，计划都保持原样。',
    ('An Excel workbook: its first sheet is read.', None): 'Excel 工作簿：读取其第一个工作表。',
    ("An import is not an undo step: the undo history was cleared. The plan's automatic backups keep the plan as it was before.", None):
        '导入不是可撤销的步骤：撤销历史已清空。计划的自动备份保留了导入前的计划。',
    ('Browse…', None): '浏览…',
    ('CSV files (*.csv);;Excel workbooks (*.xlsx)', None): 'CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx)',
    ('CSV, UTF-8 (*.csv);;Excel workbook (*.xlsx)', None): 'CSV，UTF-8 (*.csv);;Excel 工作簿 (*.xlsx)',
    ('Cancel', None): '取消',
    ('Cannot export', None): '无法导出',
    ('Cannot export the problems', None): '无法导出问题列表',
    ('Cannot export the table', None): '无法导出表格',
    ('Cannot export to “%1”: the file name must end in .csv or .xlsx', None): '无法导出到“%1”：文件名必须以 .csv 或 .xlsx 结尾',
    ('Cannot import “%1”: %2', None): '无法导入“%1”：%2',
    ('Cannot import “%1”: the file is empty', None): '无法导入“%1”：文件为空',
    ('Cannot write “%1”: %2', None): '无法写入“%1”：%2',
    ('Check every row', None): '检查每一行',
    ('Check the text', None): '检查文本',
    ('Checking…', None): '正在检查…',
    ('Choose a column for: %1', None): '请为以下字段选择列：%1',
    ('Choose a spreadsheet', None): '选择电子表格',
    ('Column', None): '列',
    ('Columns were matched by their headers. Columns marked * are required; a column the file does not have keeps its stored value.', None):
        '已按表头匹配各列。标 * 的为必填列；文件中没有的列保留计划中已有的值。',
    ('Comma ( , )', None): '逗号（ , ）',
    ('Detect', None): '自动检测',
    ('Export', None): '导出',
    ('Export Problems', None): '导出问题列表',
    ('Export Problems…', None): '导出问题列表…',
    ('Export Table', None): '导出表格',
    ('Export Table…', None): '导出表格…',
    ('Export these records, in the columns an import reads back:', None): '导出以下记录（列与导入时读取的列相同）：',
    ('Exporting %1…', None): '正在导出%1…',
    ('GB18030 (Chinese Windows)', None): 'GB18030（中文 Windows）',
    ('Import', None): '导入',
    ('Import trainees, enrollments, instructors, qualifications, leave, cohorts or sessions from CSV or Excel', None):
        '从 CSV 或 Excel 导入学员、报名、教师、资质、请假、班级或课次',
    ('Imported %1 new and updated %2 record(s); %3 unchanged, %4 skipped.', None): '已导入 %1 条新记录，更新 %2 条；%3 条未变，跳过 %4 条。',
    ('Imported %1: %2 new, %3 updated, %4 skipped. Edit ▸ Undo takes the import back.', None): '已导入%1：新增 %2，更新 %3，跳过 %4。“编辑 ▸ 撤销”可撤回此次导入。',
    ('Import of %1 (%2)', None): '导入%1（%2）',
    ('Importing…', None): '正在导入…',
    ('Line', None): '行',
    ('Match the columns', None): '匹配列',
    ('No problems.', None): '没有问题。',
    ('Nothing was imported.', None): '未导入任何内容。',
    ('Nothing to change: every row matches the plan already.', None): '无需更改：每一行都与计划中已有的内容一致。',
    ('Problem', None): '问题',
    ('Problem: %1', None): '问题：%1',
    ('Required columns: %1. Optional: %2. Headers may also be in Chinese (for example 姓名 for name).', None):
        '必填列：%1。可选列：%2。表头也可以用中文（例如用“姓名”表示 name）。',
    ('Semicolon ( ; )', None): '分号（ ; ）',
    ('Skip the rows with problems and import the others', None): '跳过有问题的行，导入其余行',
    ('Spreadsheets (*.csv *.xlsx *.txt);;All files (*)', None): '电子表格 (*.csv *.xlsx *.txt);;所有文件 (*)',
    ('Tab', None): '制表符',
    ('The encoding and delimiter were detected. If names look garbled or rows are not split into columns, choose others.', None):
        '已自动检测编码和分隔符。如果姓名显示为乱码或各行未被正确分列，请另选。',
    ('The export was cancelled; no file was written.', None): '导出已取消，未写入任何文件。',
    ('The file cannot be imported.', None): '该文件无法导入。',
    ('The file to import', None): '要导入的文件',
    ('UTF-8 with BOM', None): 'UTF-8（带 BOM）',
    ('Value', None): '值',
    ('a cohort that is not online needs a venue', None): '非线上班级需要场地',
    ('cannot create the workbook', None): '无法创建工作簿',
    ('cannot move the workbook into place', None): '无法将工作簿移动到目标位置',
    ('capacity exceeded: %1 has %2 seats and all are taken (enroll as waitlisted instead)', None):
        '超出容量：%1 共 %2 个名额，已全部占满（请改为候补）',
    ('column %1', None): '第 %1 列',
    ('comma', None): '逗号',
    ('duplicate: %1 is already on line %2', None): '重复：%1 已在第 %2 行出现',
    ('give either a course code or a track, not both', None): '请填写课程代码或方向之一，不能同时填写或都不填',
    ('it has no worksheet (%1)', None): '其中没有工作表（%1）',
    ('it is UTF-16 text; save it as CSV UTF-8 (or as an Excel workbook)', None): '这是 UTF-16 文本；请另存为 CSV UTF-8（或 Excel 工作簿）',
    ('it is a folder', None): '这是一个文件夹',
    ('it is neither UTF-8 nor GB18030 text', None): '它既不是 UTF-8 文本，也不是 GB18030 文本',
    ('it is not UTF-8 and this system cannot decode GB18030', None): '它不是 UTF-8，且本系统无法解码 GB18030',
    ('it is not a text file (it holds binary data)', None): '这不是文本文件（包含二进制数据）',
    ('it is not an Excel workbook (.xlsx) that can be read', None): '这不是可读取的 Excel 工作簿（.xlsx）',
    ('it is not an Excel workbook (.xlsx): it has no xl/workbook.xml', None): '这不是 Excel 工作簿（.xlsx）：其中没有 xl/workbook.xml',
    ('its shared strings are damaged: %1', None): '其共享字符串已损坏：%1',
    ('its shared strings cannot be read or are larger than %1 MB', None): '其共享字符串无法读取或大于 %1 MB',
    ('leave of %1 from %2', None): '%1 自 %2 起的请假',
    ('line %1: the bytes are not valid %2 text; choose another encoding', None): '第 %1 行：字节不是有效的 %2 文本；请选择其他编码',
    ('line %1: the file cannot be read further: %2', None): '第 %1 行：无法继续读取文件：%2',
    ('more than %1 rows do not fit in one sheet', None): '一个工作表容纳不下超过 %1 行',
    ('none', None): '无',
    ('nothing was imported: %1', None): '未导入任何内容：%1',
    ('overlapping enrollment: %1 is already in %2 (%3 to %4), which overlaps %5 (%6 to %7)', None):
        '报名时间重叠：%1 已在 %2（%3 至 %4），与 %5（%6 至 %7）时间重叠',
    ('problems.csv', None): '问题列表.csv',
    ('row %1, column %2: %3', None): '第 %1 行，第 %2 列：%3',
    ('row %1: a cell refers to a shared string the workbook does not have', None): '第 %1 行：单元格引用了工作簿中不存在的共享字符串',
    ('row %1: the worksheet ends early (the file is cut off)', None): '第 %1 行：工作表提前结束（文件不完整）',
    ('row %1: the worksheet is damaged: %2', None): '第 %1 行：工作表已损坏：%2',
    ('semicolon', None): '分号',
    ('tab', None): '制表符',
    ('the file has a header but no data rows', None): '文件只有表头，没有数据行',
    ('the file has more than %1 data rows; split it into smaller files', None): '文件的数据行超过 %1 行；请拆分为较小的文件',
    ('the file has no header row (it holds no rows)', None): '文件没有表头行（不含任何行）',
    ('the file holds no rows', None): '文件不含任何行',
    ('the header lacks the required column(s) %1; the file has: %2', None): '表头缺少必填列 %1；文件中的列为：%2',
    ('the row has %1 cells but the header only %2', None): '该行有 %1 个单元格，但表头只有 %2 列',
    ('unknown cohort code %1', None): '未知的班级编号 %1',
    ('unknown course code %1', None): '未知的课程代码 %1',
    ('unknown instructor code %1', None): '未知的教师工号 %1',
    ('unknown track %1', None): '未知的方向 %1',
    ('unknown trainee: no trainee has the id number %1 (import the trainees first)', None): '未知学员：没有身份证号为 %1 的学员（请先导入学员）',
    ('unknown venue %1', None): '未知的场地 %1',
    ('“%1” is not a score from 0 to 100', None): '“%1”不是 0 到 100 之间的成绩',
    ('“%1” is not an attendance rate (0 to 1, or 0% to 100%)', None): '“%1”不是出勤率（0 到 1，或 0% 到 100%）',
    ('“%1” is not an e-mail address', None): '“%1”不是电子邮件地址',
    ('“%1” must be a whole number from %2 to %3', None): '“%1”必须是 %2 到 %3 之间的整数',
    ('“%1” must be one of: %2', None): '“%1”必须是以下之一：%2',
})
NUMERUS.update({
    "%n waitlisted trainee(s) given a seat because a cohort's capacity grew.":
        ('%Ln 名候补学员因班级名额增加而转为正式报名。', "%Ln waitlisted trainee given a seat because a cohort's capacity grew.",
         "%Ln waitlisted trainees given a seat because a cohort's capacity grew."),
    '%n problem(s) in %1 row(s): nothing will be written unless you skip those rows.':
        ('%1 行中有 %Ln 个问题：除非跳过这些行，否则不会写入任何内容。',
         '%Ln problem in %1 row(s): nothing will be written unless you skip that row.',
         '%Ln problems in %1 rows: nothing will be written unless you skip those rows.'),
    '%n row(s) checked.': ('已检查 %Ln 行。', '%Ln row checked.', '%Ln rows checked.'),
    '%n row(s) checked: ': ('已检查 %Ln 行：', '%Ln row checked: ', '%Ln rows checked: '),
    '%n row(s) read: ': ('已读取 %Ln 行：', '%Ln row read: ', '%Ln rows read: '),
    'Exported %n row(s) to %1.': ('已将 %Ln 行导出到 %1。', 'Exported %Ln row to %1.', 'Exported %Ln rows to %1.'),
    'Read as %1, columns separated by %2: %n column(s).': ('按 %1 读取，以%2分隔：共 %Ln 列。', 'Read as %1, columns separated by %2: %Ln column.', 'Read as %1, columns separated by %2: %Ln columns.'),
    'The first %n are listed.': ('列出了前 %Ln 个。', 'The first %Ln is listed.', 'The first %Ln are listed.'),
})


# --- import column labels ---
ZH.update({
    ('Waitlist position', None): '候补位次',
    ('Max days a week', None): '每周最多天数',
    ('Max days a month', None): '每月最多天数',
    ('Max days a year', None): '每年最多天数',
    ('Capacity', None): '容量',
    ('Notes', None): '备注',
    ('Headers recognised: %1', None): '可识别的表头：%1',
})

# --- solver ---
ZH.update({
    ('(nobody)', None): '（无人）',
    ('Before', None): '之前',
    ('After', None): '之后',
    ('lead', None): '主讲',
    ('assistant', None): '助教',
    ('%1 can no longer teach %2: %3', None): '%1 不能再教 %2：%3',
    ('%1 had no %2; %3 is free and qualified.', None): '%1 没有%2；%3 有空且具备资质。',
    ('Nobody can take %1 as %2 without breaking a rule.', None): '没有人能在不违反规则的情况下担任 %1 的%2。',
    ('A better balance of load, travel and preferences than keeping %1, worth more than the cost of the change.', None):
        '比保留 %1 更能平衡工作量、出行和偏好，收益大于变更的代价。',
    ('Staffed afresh: %1 fits the balance of load, travel and preferences better.', None):
        '重新安排：%1 更符合工作量、出行和偏好的平衡。',
    ('already teaches this cohort in another role', None): '已在该班级担任另一角色',
    ('free, but taking this cohort would leave a more important one unstaffed', None): '有空，但接下该班级会让更重要的班级无人可派',
    ('Cohort %1 has no course, so no instructor can be judged qualified.', None): '班级 %1 没有课程，因此无法判断教师是否具备资质。',
    ('Cohort %1 needs a %2 but no instructor is qualified for %3.', None): '班级 %1 需要一名%2，但没有教师具备 %3 的资质。',
    ('Auto-assign Instructors', None): '自动安排教师',
    ('Cohorts to staff', None): '要安排教师的班级',
    ('All cohorts not yet completed', None): '所有尚未结班的班级',
    ('A track:', None): '一个方向：',
    ('Starting from', None): '开班日期从',
    ('The cohorts selected on the Cohorts page (none now)', None): '在“班级”页选中的班级（当前没有）',
    ('Weights (points)', None): '权重（分）',
    ('Cohort without a lead:', None): '班级没有主讲：',
    ('Missing assistant:', None): '缺少助教：',
    ('Uneven load (× teaching days²):', None): '工作量不均（× 授课天数²）：',
    ('Travel (per day outside the home district):', None): '出行（每天在居住区以外）：',
    ('Preference (per point):', None): '偏好（每分）：',
    ('Each changed assignment (re-plan):', None): '每项变更的分配（重新规划）：',
    ('Options', None): '选项',
    ('no assistants', None): '不配助教',
    (' seats', None): ' 个座位',
    ('Assistant for cohorts above:', None): '为以下人数以上的班级配助教：',
    ('Re-plan: keep current assignments unless a change is worth its cost', None): '重新规划：保留现有分配，除非变更值得其代价',
    (' s', None): ' 秒',
    ('Time budget:', None): '时间预算：',
    ('&Solve', None): '求解(&S)',
    ('Stop (keep best)', None): '停止（保留最佳）',
    ('Changes', None): '变更',
    ('Unstaffed', None): '无人可派',
    ('Days needed and available', None): '所需与可用天数',
    ('&Apply Ticked Changes', None): '应用勾选的变更(&A)',
    ('Cannot read the plan: %1', None): '无法读取计划：%1',
    ('Ready.', None): '就绪。',
    ('Solving…', None): '正在求解…',
    ('Best so far: cost %1 · at most %2 % from the best possible · %3 s', None): '目前最佳：代价 %1 · 与最优方案最多相差 %2 % · %3 秒',
    ('How far from the best possible: not at all, this is the best possible (proven).', None):
        '与最优方案的差距：没有差距，这已是最优方案（已证明）。',
    ('How far from the best possible: at most %1 % (cost %2 of what can be decided; the best possible is at least %3).', None):
        '与最优方案的差距：最多 %1 %（可决定部分的代价为 %2；最优方案的代价至少为 %3）。',
    ('Roles no instructor can take: %1 (fixed cost %2).', None): '没有教师能担任的角色：%1 个（固定代价 %2）。',
    ('Stopped early: this is the best found so far.', None): '已提前停止：这是目前找到的最佳结果。',
    ('Every cohort in scope is staffed.', None): '范围内的每个班级都已安排教师。',
    ('%1: %2 instructor-days needed, %3 available', None): '%1：需要 %2 个教师日，可用 %3 个',
    ('Changes (%1)', None): '变更（%1）',
    ('Unstaffed (%1)', None): '无人可派（%1）',
    ('Auto-assign', None): '自动安排',
    ('These changes only work together with some you left out: %1', None): '这些变更须与您未勾选的某些变更一起应用：%1',
    ('&Auto-assign Instructors…', None): '自动安排教师(&A)…',
})
NUMERUS.update({
    '%1 (and %n more like it)': ('%1（另有 %Ln 个类似）', '%1 (and %Ln more like it)', '%1 (and %Ln more like it)'),
    'Cohort %1 needs a %2; %n qualified instructor(s), none free: %3 (and %4 more)':
        ('班级 %1 需要一名%2；有 %Ln 名具备资质的教师，但都没空：%3（另有 %4 个）',
         'Cohort %1 needs a %2; %Ln qualified instructor, not free: %3 (and %4 more)',
         'Cohort %1 needs a %2; %Ln qualified instructors, none free: %3 (and %4 more)'),
    'Cohort %1 needs a %2; %n qualified instructor(s), none free: %3':
        ('班级 %1 需要一名%2；有 %Ln 名具备资质的教师，但都没空：%3',
         'Cohort %1 needs a %2; %Ln qualified instructor, not free: %3',
         'Cohort %1 needs a %2; %Ln qualified instructors, none free: %3'),
    'The %n cohort(s) selected on the Cohorts page': ('在“班级”页选中的 %Ln 个班级', 'The %Ln cohort selected on the Cohorts page', 'The %Ln cohorts selected on the Cohorts page'),
    '%1 of %2 cohorts have a lead; %3 of %4 roles staffed; %n change(s) proposed.':
        ('%2 个班级中有 %1 个有主讲；%4 个角色中已安排 %3 个；建议 %Ln 项变更。',
         '%1 of %2 cohorts have a lead; %3 of %4 roles staffed; %Ln change proposed.',
         '%1 of %2 cohorts have a lead; %3 of %4 roles staffed; %Ln changes proposed.'),
    'Auto-assign %n change(s)': ('自动安排 %Ln 项变更', 'Auto-assign %Ln change', 'Auto-assign %Ln changes'),
})

# --- safety: crash recovery, History filters and export, Back Up Now, calendar export ---
ZH.update({
    ('When (UTC)', None): '时间（UTC）',
    ('Before', None): '修改前',
    ('After', None): '修改后',
    ('Cannot write “%1”: %2', None): '无法写入“%1”：%2',
    ('All tables', None): '所有数据表',
    ('All users', None): '所有用户',
    ('Show only the changes to one table', None): '只显示对某一数据表的更改',
    ('Show only the changes one user made', None): '只显示某一用户所做的更改',
    ('Show only the changes to the record with this id', None): '只显示对该编号记录的更改',
    ('Record id', None): '记录编号',
    ('Export…', None): '导出…',
    ('Save the changes shown (with the filters applied) as a CSV file for a spreadsheet', None):
        '将当前显示的更改（已应用筛选）保存为可用电子表格打开的 CSV 文件',
    ('Select a change to see it field by field.', None): '选择一条更改，逐字段查看。',
    ('Field', None): '字段',
    ('%1: %2 record %3, by %4 on %5', None): '%1：%2 记录 %3，由 %4 于 %5',
    ('Export History', None): '导出历史记录',
    ('history.csv', None): '历史记录.csv',
    ('CSV files (*.csv)', None): 'CSV 文件 (*.csv)',
    ('Cannot export the history', None): '无法导出历史记录',
    ('The instructor was deleted meanwhile.', None): '该讲师已被删除。',
    ('Lead instructor', None): '主讲讲师',
    ('Assistant instructor', None): '助教讲师',
    ('Teaching: %1', None): '授课安排：%1',
    ('Cohort %1', None): '班级 %1',
    ('The cohort was deleted meanwhile.', None): '该班级已被删除。',
    ('There is no instructor with the code “%1”.', None): '没有工号为“%1”的讲师。',
    ('There is no cohort with the code “%1”.', None): '没有编号为“%1”的班级。',
    ('Export Sessions as Calendar (.ics)…', None): '将课次导出为日历 (.ics)…',
    ('Export Teaching Schedule as Calendar (.ics)…', None): '将授课安排导出为日历 (.ics)…',
    ('Back &Up Now', None): '立即备份(&U)',
    ('Make a checked backup of the plan now, beside the automatic ones', None): '立即为计划创建一个经过校验的备份，与自动备份放在一起',
    ('Back Up Now', None): '立即备份',
    ('The plan is open read-only: backups are made by the instance that edits it.', None):
        '计划以只读方式打开：备份由正在编辑它的实例创建。',
    ('Cannot back up the plan', None): '无法备份计划',
    ('Backed up to %1', None): '已备份到 %1',
    ('Cannot export the calendar', None): '无法导出日历',
    ('Export Calendar', None): '导出日历',
    ('iCalendar files (*.ics)', None): 'iCalendar 文件 (*.ics)',
    ('a Cohort Planner stopped in the middle of a change to it, and the change must be undone first; open it for editing once (nothing that was saved is lost)', None):
        '有一个培训班规划在修改该文件的过程中停止了，必须先撤销这次未完成的修改；请以可编辑方式打开一次（已保存的内容不会丢失）',
    ('the change a stopped Cohort Planner left half done cannot be undone: %1', None):
        '无法撤销已停止的培训班规划留下的未完成修改：%1',
    ('its rollback journal could not be played back', None): '无法回放其回滚日志',
    ('No plan is open.', None): '没有打开的计划。',
    ('All actions', None): '所有操作',
})
NUMERUS.update({
    'Saved %n change(s) to %1.': ('已将 %Ln 条更改保存到 %1。', 'Saved %Ln change to %1.', 'Saved %Ln changes to %1.'),
    'Saved %n session(s) to %1': ('已将 %Ln 个课次保存到 %1', 'Saved %Ln session to %1', 'Saved %Ln sessions to %1'),
})

# --- polish6 --- (issue 6 polish: shared enrollment rules, dates that would overlap, bulk certification)
ZH.update({
    # EnrollmentRules::checkDates
    ('%1 is %2 in %3 (%4 – %5)', None): '%1 在 %3（%4 至 %5）中的状态为“%2”',
    ('%1 on %2 – %3 would overlap another cohort of its trainees: %4. Withdraw or transfer them first, or choose other dates.', None):
        '%1 改为 %2 至 %3 后会与其学员的另一个班次重叠：%4。请先让这些学员退出或转班，或选择其他日期。',
    # CertifyDialog and the roster
    ('Certify Trainees', None): '颁发证书',
    ('&Level for the track:', None): '方向证书等级(&L)：',
    ('Certified &on:', None): '发证日期(&O)：',
    ('&Certify', None): '颁发(&C)',
    ('Cert&ify…', None): '颁发证书(&I)…',
    ('Record the certificate of the selected trainees who completed the cohort', None): '为所选已结业学员记录证书',
    # MainWindow
    ('Import holidays and make-up working days from a CSV or XLSX file (columns date,kind,name,name_zh)', None):
        '从 CSV 或 XLSX 文件导入节假日和调休上班日（列：date,kind,name,name_zh）',
})
NUMERUS.update({
    '%1 cannot take a seat in %2: all its %n seat(s) are taken. Put them on the waitlist instead.':
        ('%1 无法在 %2 中获得名额：全部 %Ln 个名额已满。请改为加入候补名单。',
         '%1 cannot take a seat in %2: its only seat is taken. Put them on the waitlist instead.',
         '%1 cannot take a seat in %2: all its %Ln seats are taken. Put them on the waitlist instead.'),
    'and %n more': ('另有 %Ln 项', 'and %Ln more', 'and %Ln more'),
    'Certify %n completed trainee(s) of %1.': ('为 %1 的 %Ln 名已结业学员颁发证书。',
                                              'Certify %Ln completed trainee of %1.',
                                              'Certify %Ln completed trainees of %1.'),
})


# --- solver2 --- (issue 5 follow-up: stored course preferences, details of a change)
ZH.update({
    ('%1 · %2', None): '%1 · %2',
    ('Prefers strongly (+2)', None): '非常愿意（+2）',
    ('Prefers (+1)', None): '愿意（+1）',
    ('Avoids (−1)', None): '不太愿意（−1）',
    ('Avoids strongly (−2)', None): '很不愿意（−2）',
    ('Course', None): '课程',
    ('Preference', None): '意愿',
    ('Course preferences', None): '课程意愿',
    ('Course preferences (weighed by Auto-assign)', None): '课程意愿（自动安排时考虑）',
    ('Add p&reference', None): '添加意愿(&R)',
    ('Remove preference', None): '删除意愿',
    ('A preference names no course: choose one or remove the row.', None): '有一条意愿未指定课程：请选择课程或删除该行。',
    ('A preference is from %1 to %2 and not 0 (got %3).', None): '意愿取值为 %1 到 %2 且不能为 0（当前为 %3）。',
    ('Course %1 has two preferences: keep one.', None): '课程 %1 有两条意愿：请只保留一条。',
    ('Select a change to read why it is proposed.', None): '选择一项变更以查看建议的原因。',
    ('%1, %2: %3 → %4. %5', None): '%1，%2：%3 → %4。%5',
})

# --- history labels --- (issue 8 polish: the History page names tables and fields as people do)
ZH.update({
    ('Assignments', None): '讲师安排',
    ('Targets', None): '年度目标',
    ('Hours a day', None): '每天学时',
    ('Default capacity', None): '默认名额',
    ('Qualification needed', None): '所需资质',
    ('Weekdays', None): '上课星期',
    ('Times of day', None): '上课时段',
    ('File', None): '文件',
    ('New', None): '新增',
    ('Unchanged', None): '未变',
    ('Promoted from the waitlist', None): '由候补转正',
    ('Because of the withdrawal', None): '因退出而空出名额',
    ('Because the capacity grew to', None): '因名额增至',
    ('Reason for overriding a warning', None): '忽略警告的理由',
    ('Note', None): '备注',
    ('Yes', None): '是',
    ('No', None): '否',
})


# --- capacity --- (can the year's targets be met: the capacity planner's bottlenecks and its input checks)
ZH.update({
    # Bottlenecks: what is short, where and when; month ranges come from QLocale (3月–6月)
    ('%1 %2', 'course level, track'): '%2 方向%1课程',
    ('%1 assistants', None): '%1 助教',
    ('%1 leads', None): '%1 主讲',
    ('%1: need %2 instructor-days in %3, have %4 → %5 % of the %6 target reachable; remedy: %7.', None):
        '%1：%3 需要 %2 个教师日，现有 %4 个 → 可完成 %6 方向目标的 %5 %；解决办法：%7。',
    ('shorten %1 to at most %2 days, or lift the blackouts', None): '将 %1 缩短到不超过 %2 天，或取消不开班时段',
    ('%1 takes %2 days but no month has that many open working days: need %3 cohorts, have none → %4 % of the %5 target reachable; remedy: %6.', None):
        '%1 需要 %2 天，但没有哪个月有这么多可开班的工作日：需要 %3 个班级，现有 0 个 → 可完成 %5 方向目标的 %4 %；解决办法：%6。',
    ('seasonal profile of %1', None): '%1 的季节分布',
    ('%1: need %2 cohorts in %3, have %4 → %5 % of the %6 target reachable; remedy: %7, which reaches %8 %.', None):
        '%1：%3 需要 %2 个班级，现有 %4 个 → 可完成 %6 方向目标的 %5 %；解决办法：%7，可完成 %8 %。',
    ('venues with %1 seats', None): '座位数不少于 %1 的场地',
    ('%1: need %2 slot-days in %3, have %4 → %5 % of the %6 target reachable; remedy: %7.', None):
        '%1：%3 需要 %2 个场地时段，现有 %4 个 → 可完成 %6 方向目标的 %5 %；解决办法：%7。',
    ('leads for planned cohorts', None): '已计划班级的主讲',
    ('%1: need %2 instructor-days, have %3; remedy: %4.', None): '%1：需要 %2 个教师日，现有 %3 个；解决办法：%4。',
    ('The capacity model could not be solved.', None): '无法求解容量模型。',
    ('Lead instructors', None): '主讲教师',
    ('Assistant instructors', None): '助教',
    ('Venue seats', None): '场地座位',
    # CapacityPlanner::validate
    ('fill rate', None): '上座率',
    ('no-show rate', None): '未报到率',
    ('completion rate', None): '结业率',
    ('certification pass rate', None): '认证通过率',
    ('The %1 of %2 is %3; a rate lies between 0 and 1.', None): '%2 的%1为 %3；比率应在 0 到 1 之间。',
    ('%1 is no year to plan.', None): '%1 不是可以规划的年度。',
    ('A target of %1 names a track that is not in the plan.', None): '%1 年有一个目标所属的方向不在计划中。',
    ('The %1 target of %2 is negative.', None): '%2 方向的 %1 年目标为负数。',
    ('There are no targets for %1: set how many engineers each track is to train.', None):
        '%1 年没有目标：请设置每个方向要培训的工程师人数。',
    ('the default assumptions', None): '默认假设',
    ('track %1', None): '方向 %1',
    ('course %1', None): '课程 %1',
    ('Course %1 has %2 teaching days; a course has at least one.', None): '课程 %1 的授课天数为 %2；一门课程至少要有 1 个授课日。',
    ('Course %1 has %2 seats; a cohort has at least one.', None): '课程 %1 的座位数为 %2；一个班级至少要有 1 个座位。',
    ('With the rates for %1 nobody completes a cohort: the fill and completion rates must be above 0 and the no-show rate below 1.', None):
        '按 %1 的比率，没有人能结业：上座率和结业率必须大于 0，未报到率必须小于 1。',
    ('%1 has a target for %2 but no course to train it.', None): '%1 方向有 %2 年的目标，但没有可用于培训的课程。',
    ('The share of %1 in the course mix is %2; a share is 0 or more.', None): '课程配比中 %1 的占比为 %2；占比不能小于 0。',
    ('The course mix gives no course of %1 a share.', None): '课程配比没有为 %1 方向的任何课程分配占比。',
    ("The seasonal profile's weight for %1 is %2; a weight is 0 or more.", None): '季节分布中%1的权重为 %2；权重不能小于 0。',
    ('The seasonal profile gives every month a weight of 0: no cohort could run.', None): '季节分布中每个月的权重都为 0：无法开设任何班级。',
    ('A blackout needs a first and a last date.', None): '不开班时段需要开始日期和结束日期。',
    ('The blackout %1 ends on %2, before it starts on %3.', None): '不开班时段（%1）的结束日期 %2 早于开始日期 %3。',
    ('without a reason', None): '未注明原因',
    ('The cohort size above which an assistant is needed is negative.', None): '需配助教的班级人数阈值为负数。',
    ('The search needs at least one node.', None): '搜索至少需要一个节点。',
})
NUMERUS.update({
    '%n more qualified assistant(s) for %1 in %2': ('再增加 %Ln 名具备 %1 资质的助教（%2）',
                                                    '%Ln more qualified assistant for %1 in %2',
                                                    '%Ln more qualified assistants for %1 in %2'),
    '%n more qualified lead(s) for %1 in %2': ('再增加 %Ln 名具备 %1 资质的主讲（%2）',
                                               '%Ln more qualified lead for %1 in %2',
                                               '%Ln more qualified leads for %1 in %2'),
    'move %n cohort(s) to %1': ('将 %Ln 个班级移到 %1', 'move %Ln cohort to %1', 'move %Ln cohorts to %1'),
    '%n more venue(s) with %1 seats in %2': ('再增加 %Ln 个座位数不少于 %1 的场地（%2）',
                                             '%Ln more venue with %1 seats in %2',
                                             '%Ln more venues with %1 seats in %2'),
    '%n more venue(s) with %1 seats in %2, %3': ('在 %2 再增加 %Ln 个座位数不少于 %1 的场地（%3）',
                                                 '%Ln more venue with %1 seats in %2, %3',
                                                 '%Ln more venues with %1 seats in %2, %3'),
    '%n more qualified lead(s)': ('再增加 %Ln 名具备资质的主讲', '%Ln more qualified lead', '%Ln more qualified leads'),
})

# --- work calendar check --- (a year without its official calendar)
ZH.update({
    ('No work calendar', None): '缺少工作日历',
    ('Cohort %1 has sessions in %2 from %3, but the plan has no work calendar for %2: public holidays and make-up working days are unknown. Import it with File ▸ Import Work Calendar.', None):
        '班级 %1 自 %3 起在 %2 年有课次，但计划中没有 %2 年的工作日历：法定节假日和调休上班日未知。请通过“文件 ▸ 导入工作日历”导入。',
})

# --- identity documents --- (document types, and numbers checked as the state defines them)
ZH.update({
    # Document types
    ('Resident ID card', None): '居民身份证',
    ('Residence permit (Hong Kong, Macao, Taiwan)', None): '港澳台居民居住证',
    ('Travel permit (Hong Kong, Macao)', None): '港澳居民来往内地通行证',
    ('Travel permit (Taiwan)', None): '台湾居民来往大陆通行证',
    ('Passport', None): '护照',
    ('Foreign permanent resident ID', None): '外国人永久居留身份证',
    ('Document', None): '证件类型',
    ('Document type', None): '证件类型',
    # IdentityDocument::problem, shown after the document type (“居民身份证：…”)
    ('X may only be the last character', None): 'X 只能是最后一位',
    ('X may only be the last character of an 18-character number', None): 'X 只能是 18 位号码的最后一位',
    ('“%1” is not a digit', None): '“%1”不是数字',
    ('the last character should be a digit or X, not “%1”', None): '最后一位应为数字或 X，而不是“%1”',
    ('the check character should be %1, not %2', None): '校验码应为 %1，而不是 %2',
    ('the birth date %1 is not a date', None): '出生日期 %1 不是有效日期',
    ('the birth date %1 is before 1900', None): '出生日期 %1 早于 1900 年',
    ('the birth date %1 is in the future', None): '出生日期 %1 晚于今天',
    ('%1 is the region code of a residence permit, not of a resident ID', None): '%1 是港澳台居民居住证的地址码，不是居民身份证的地址码',
    ('the region code %1 is not a mainland province', None): '地址码 %1 不是内地省级行政区的代码',
    ('a resident ID has 18 characters (15 digits on a first-generation card); this one has %1', None):
        '居民身份证号码为 18 位（第一代身份证为 15 位数字）；此号码为 %1 位',
    ('a residence permit number has 18 characters; this one has %1', None): '居住证号码为 18 位；此号码为 %1 位',
    ('a residence permit number starts with 810000, 820000 or 830000, not %1', None):
        '居住证号码以 810000、820000 或 830000 开头，而不是 %1',
    ('the number starts with H (Hong Kong) or M (Macao), not “%1”', None): '号码应以 H（香港）或 M（澳门）开头，而不是“%1”',
    ('%1 is followed by 8 digits (10 on older cards), not %2', None): '%1 之后应为 8 位数字（旧版证件为 10 位），而不是 %2 位',
    ("only an older card's 10 digits are followed by a letter", None): '只有旧版证件的 10 位数字之后才带一个字母',
    ('a Taiwan travel permit has 8 digits (10 on older cards); this one has %1', None):
        '台湾居民来往大陆通行证号码为 8 位数字（旧版证件为 10 位）；此号码为 %1 位',
    ('a passport number has letters A to Z and digits only, not “%1”', None): '护照号码只能包含字母 A 到 Z 和数字，不能包含“%1”',
    ('a passport number has 5 to 20 letters and digits; this one has %1', None): '护照号码由 5 到 20 个字母和数字组成；此号码有 %1 个',
    ('a passport number has at least one digit', None): '护照号码至少包含一位数字',
    ('the first 3 characters should be letters (the nationality), not %1', None): '前 3 位应为字母（国籍代码），而不是 %1',
    ('an 18-character card number starts with 9, not “%1”', None): '18 位证件号码以 9 开头，而不是“%1”',
    ('a foreign permanent resident ID has 15 characters (2017 card) or 18 (2023 card); this one has %1', None):
        '外国人永久居留身份证号码为 15 位（2017 版）或 18 位（2023 版）；此号码为 %1 位',
    ('there is no number', None): '没有号码',
    # ImportRules and RecordRules: the document type, then the problem
    ('“%1” is not a document type (%2)', None): '“%1”不是证件类型（可选：%2）',
    ('%1: %2', None): '%1：%2',
    ('%1: %2.', None): '%1：%2。',
    ('%1: %2 (for another document, give its type in a document type column, 证件类型)', None):
        '%1：%2（如为其他证件，请在“证件类型”列中注明其类型）',
})

# --- import: empty cells and 15-digit ID numbers --- (imports never erase what they were not given)
ZH.update({
    ('the empty cell clears the stored value', None): '空单元格会清除已有的值',
    ('&Empty cells clear stored values', None): '空单元格清除已有的值(&E)',
    ('Off: an empty cell keeps what the plan has for a record the file updates. On: it clears it; the next page lists every value that would be cleared.', None):
        '关闭：对于文件所更新的记录，空单元格保留计划中已有的值。开启：空单元格会清除该值；下一页会列出所有将被清除的值。',
    ('Store 15-digit ID numbers as &18 digits', None): '将 15 位身份证号存为 18 位(&1)',
    ('A first-generation resident ID of 15 digits gets the century and its check character, as the 18-digit card of the same person has.', None):
        '15 位的第一代身份证号会补上出生年份的世纪和校验码，与同一人的 18 位居民身份证号码一致。',
    ('Not imported (no field has their name): %1', None): '未导入（没有同名字段）：%1',
    ("From the file's column", None): '来自文件中的列',
    ('Values changed', None): '更改的值',
    ('Of them cleared', None): '其中清除的',
    ('Problems (%1)', None): '问题（%1）',
    ('Changes by column', None): '各列的更改',
    ('Cleared values (%1)', None): '清除的值（%1）',
    ('not in the file: stored values kept', None): '文件中没有：保留已有的值',
    ('%1: not imported, no field has this name', None): '%1：未导入，没有同名字段',
    ('Columns were matched by their headers; those marked * are required. A column the file does not have, and an empty cell, keep the stored value.', None):
        '已按表头匹配各列，标 * 的为必填列。文件中没有的列和空单元格都保留计划中已有的值。',
    ('the row has %1 cells but the header has %2: it lacks %3', None): '该行有 %1 个单元格，但表头有 %2 列：缺少 %3',
})
NUMERUS.update({
    '%n stored value(s) would be cleared by empty cells: see Cleared values.':
        ('将有 %Ln 个已有的值被空单元格清除：请查看“清除的值”。',
         '%Ln stored value would be cleared by an empty cell: see Cleared values.',
         '%Ln stored values would be cleared by empty cells: see Cleared values.'),
    '%n ID number(s) of 15 digits would be stored as 18.': ('%Ln 个 15 位身份证号将存为 18 位。',
                                                           '%Ln ID number of 15 digits would be stored as 18.',
                                                           '%Ln ID numbers of 15 digits would be stored as 18.'),
})

# --- planning year --- (a new year's targets rolled over from the latest year that has some)
ZH.update({
    ('New planning year %1', None): '新建 %1 规划年度',
    ('The planning year must be from 2000 to 2100, not %1.', None): '规划年度必须在 2000 到 2100 之间，而不是 %1。',
    ('%1 has targets already: change them on the Courses & Tracks page.', None): '%1 年已有目标：请在“课程与方向”页修改。',
    ("No year before %1 has targets to start from: enter %1's targets on the Courses & Tracks page.", None):
        '%1 年之前没有可作为起点的年度目标：请在“课程与方向”页输入 %1 年的目标。',
    ('A growth of %1 % makes no sense: give one from %2 % to +%3 %.', None): '增长 %1 % 不合理：请输入 %2 % 到 +%3 % 之间的值。',
    # Edit ▸ New Planning Year…
    ('New &Planning Year…', None): '新建规划年度(&P)…',
    ("Start next year from this year's targets: what lapses, what is missing", None): '以今年的目标开始规划明年：哪些资质到期、缺少什么',
    ('New Planning Year', None): '新建规划年度',
    ('A planning year starts from the targets of the year before, scaled by the growth you expect. You can change each target afterwards on the Courses & Tracks page.', None):
        '规划年度以上一年的目标为起点，按预计的增长调整。之后可以在“课程与方向”页修改每个目标。',
    ('&Growth of the targets:', None): '目标增长(&G)：',
    ('&Create Year', None): '创建年度(&C)',
    ('To train', None): '培训人数',
    ('Qualification', None): '资质',
    ('Targets:', None): '目标：',
    ('Targets of %1, from those of %2:', None): '%1 年的目标（以 %2 年为起点）：',
    ('%1 trainees in all.', None): '共 %1 名学员。',
    ('The plan has no work calendar for %1: until you import the official one, %1 runs on weekends only and its public holidays are unknown (the Conflicts page names every cohort with sessions in it).', None):
        '计划中没有 %1 年的工作日历：导入官方日历之前，%1 年只按周末排休，法定节假日未知（“冲突”页会列出在该年有课的每个班级）。',
    ('The plan has the work calendar of %1.', None): '计划中已有 %1 年的工作日历。',
    ('No qualification lapses during %1.', None): '%1 年内没有到期的资质。',
    # The timeline of a year without its work calendar
    ('The plan has no work calendar for %1: the timeline shows its weekends only, and its public holidays and make-up working days are unknown. <a href="import">Import Work Calendar…</a>', None):
        '计划中没有 %1 年的工作日历：时间线只标出周末，法定节假日和调休上班日未知。<a href="import">导入工作日历…</a>',
    # New Cohort, Duplicate, Series: before placing sessions
    ('The first session, %1, is before today: this places a cohort in the past.', None):
        '第一次课（%1）早于今天：这会把班级安排在过去。',
    ('The plan has no work calendar for %1: its public holidays are unknown and sessions are laid on weekdays only. Import the official calendar first (File ▸ Import Work Calendar…).', None):
        '计划中没有 %1 年的工作日历：其法定节假日未知，课次只按工作日排列。请先导入官方日历（文件 ▸ 导入工作日历…）。',
    ('Qualifications that lapse during %1 (%2): their holders cannot teach under them afterwards unless they are renewed.', None):
        '%1 年内到期的资质（%2 项）：到期后除非续期，持有人不能再凭其授课。',
})
# --- targets & capacity, draft calendar (issue 14) ---
ZH.update({
    ('New Planning &Year…', None): '新建计划年度(&Y)…',
    ('&Generate Draft…', None): '生成草案(&G)…',
    ('Lay the cohorts the year still needs onto its working days, as a draft you can undo', None): '把该年度尚需的班级排到工作日上，作为可撤销的草案',
    ('Targets & Capacity', None): '目标与能力',
    ('Target\ntrained', None): '目标\n结业',
    ('Reachable\ntrained', None): '可达\n结业',
    ('Target\ncertified', None): '目标\n取证',
    ('Reachable\ncertified', None): '可达\n取证',
    ('Cohorts\nplanned', None): '已计划\n班级',
    ('New cohorts\nneeded', None): '需新增\n班级',
    ('New cohorts\npossible', None): '可新增\n班级',
    ('Rates from', None): '比率来源',
    ('New cohorts\nto start', None): '应开\n新班',
    ('New cohorts\nin the plan', None): '方案中\n新班',
    ('Instructor-days\nneeded', None): '所需\n教师人天',
    ('Instructor-days\navailable', None): '可用\n教师人天',
    ('Venue slot-days\nneeded', None): '所需\n场地时段天',
    ('Venue slot-days\navailable', None): '可用\n场地时段天',
    ('Chart', None): '图表',
    ('By month', None): '按月',
    ('What is short, and what would close it:', None): '缺什么，怎样补足：',
    ('Working out what the targets need…', None): '正在计算目标所需…',
    ('The plan has no work calendar for %1: its working days are counted as Monday to Friday, and its public holidays are unknown. <a href="import">Import Work Calendar…</a>', None):
        '计划中没有 %1 年的工作日历：工作日按周一至周五计算，法定节假日未知。<a href="import">导入工作日历…</a>',
    ('%1 Use New Planning Year… to give %2 its targets.', None): '%1 请用“新建计划年度…”为 %2 年设定目标。',
    ('%1 %2 %', None): '%1 %2 %',
    ("Every target of %1 can be reached with the plan's instructors, venues and calendar.", None): '凭计划中的教师、场地和日历，%1 年的每项目标都能达到。',
    ('Not every target of %1 can be reached: %2 of the target at most.', None): '%1 年并非每项目标都能达到：最多达到目标的 %2。',
    ("Rates of completion and certification from each track's cohorts of %1 where it has enough of them, else the defaults.", None):
        '结业率和取证率取自各方向 %1 年的班级（数量足够时），否则用默认值。',
    ('Rates of completion and certification: the defaults (no year before with enough cohorts).', None): '结业率和取证率：默认值（上一年没有足够的班级）。',
    ('(The search stopped at its limit: the figures are the best plan found.)', None): '（搜索已达上限：数字为找到的最佳方案。）',
    ('%1 actuals', None): '%1 年实际',
    ('defaults', None): '默认值',
    ('Seats taken %1 %, no-shows %2 %, completion %3 %, certification %4 %', None): '名额占用 %1 %，未到 %2 %，结业 %3 %，取证 %4 %',
    ('Nothing is short.', None): '没有短缺。',
    ('Nothing the plan could change is short.', None): '没有计划能改变的短缺。',
    ('&Staff the draft with instructors (automatic assignment)', None): '为草案安排教师（自动分配）(&S)',
    ('&Preview', None): '预览(&P)',
    ('Generate Draft of %1', None): '生成 %1 年草案',
    ('Lays the cohorts %1 still needs onto its working days as planned cohorts: in the months the capacity analysis gives, never on a non-working day, never in a room that is taken, each with a qualified instructor free for it. The draft is one step you can undo.', None):
        '把 %1 年尚需的班级作为计划中的班级排到工作日上：按能力分析给出的月份，绝不排在非工作日，绝不占用已被占用的教室，每个班级都有一位有空的合格教师。草案是一个可撤销的步骤。',
    ('No cohort starts &before:', None): '班级最早开班日期(&B)：',
    ('Seasonal profile: share of new cohorts per month (%)', None): '季节分布：每月新班占比（%）',
    ('Blackouts: no new cohort runs in these days (e.g. the Spring Festival)', None): '停课时段：这些日子不开新班（如春节）',
    ('Until', None): '至',
    ('&Add', None): '添加(&A)',
    ('Expected\ntrained', None): '预计\n结业',
    ('New cohorts', None): '新班级',
    ('Why they could not be placed', None): '无法安排的原因',
    ('By venue', None): '按场地',
    ('Not placed', None): '未安排',
    ('&Create Draft', None): '创建草案(&C)',
    ('blackout', None): '停课',
    ('The options changed: preview the draft again before creating it.', None): '选项已更改：请在创建前重新预览草案。',
    ('A blackout ends (%1) before it starts (%2): correct it first.', None): '有一个停课时段的结束日期（%1）早于开始日期（%2）：请先更正。',
    ('The seasonal profile gives no month any new cohort: give at least one month a share.', None): '季节分布没有给任何月份分配新班：请至少给一个月份一个占比。',
    ('Generated draft of %1', None): '%1 生成的草案',
    ('Laying out and staffing the draft…', None): '正在排布草案并安排教师…',
    ('Laying out the draft…', None): '正在排布草案…',
    ('Staffed: %1 of %2 roles.', None): '已安排教师：%1 / %2 个岗位。',
    ('Not placed (%1)', None): '未安排（%1）',
    ('before %1', None): '%1 之前',
    ('%1 is over: a draft is laid out from %2 on, which is past its last day.', None): '%1 年已结束：草案从 %2 起排布，已过该年最后一天。',
    ('no two qualified instructors free on the days of any start within their limits', None): '任何开班日期都没有两位在限额内有空的合格教师',
    ('no qualified instructor free on the days of any start within their limits', None): '任何开班日期都没有在限额内有空的合格教师',
    ('Need and availability by month', None): '每月需求与可用',
    ('need-by-month', None): '每月需求',
    ('Instructor-days', None): '教师人天',
    ('Venue slot-days', None): '场地时段天',
    ('Needed', None): '所需',
    ('Available', None): '可用',
    ('The draft of %1 has no cohorts to create.', None): '%1 年草案中没有要创建的班级。',
    ('Generate the draft of %1 (%n cohort(s))', None): '生成 %1 年草案（%n 个班级）',
})
NUMERUS.update({
    '%n new cohort(s) with %1 seats. With the cohorts already planned, %2 of the %3 trainees to train in %4 are expected to complete.':
        ('%Ln 个新班级，共 %1 个名额。连同已计划的班级，%4 年需培训的 %3 名学员中预计 %2 名结业。',
         '%Ln new cohort with %1 seats. With the cohorts already planned, %2 of the %3 trainees to train in %4 are expected to complete.',
         '%Ln new cohorts with %1 seats. With the cohorts already planned, %2 of the %3 trainees to train in %4 are expected to complete.'),
    '%n cohort(s) could not be placed: see Not placed.': ('%Ln 个班级无法安排：见“未安排”。', '%Ln cohort could not be placed: see Not placed.', '%Ln cohorts could not be placed: see Not placed.'),
    'no run of %n teaching day(s) in %1 that stays within the year, outside blackouts and unbroken by a long holiday':
        ('%1 年中没有连续 %Ln 个教学日既在年内、又避开停课时段且不被长假打断',
         'no run of %Ln teaching day in %1 that stays within the year, outside blackouts and unbroken by a long holiday',
         'no run of %Ln teaching days in %1 that stays within the year, outside blackouts and unbroken by a long holiday'),
    'no venue with %n seat(s) free on the days of any start': ('任何开班日期都没有空闲的 %Ln 座场地', 'no venue with %Ln seat free on the days of any start', 'no venue with %Ln seats free on the days of any start'),
    'no venue has %n seat(s)': ('没有场地有 %Ln 个座位', 'no venue has %Ln seat', 'no venue has %Ln seats'),
    '%n draft cohort(s) created in %1: Edit ▸ Undo takes them all back.': ('已在 %1 年创建 %Ln 个草案班级：编辑 ▸ 撤销可全部撤回。', '%Ln draft cohort created in %1: Edit ▸ Undo takes it back.', '%Ln draft cohorts created in %1: Edit ▸ Undo takes them all back.'),
})

ZH.update({
    ('Seats\ntaken', None): '座位\n使用率',
    ('No-\nshows', None): '未到\n比例',
    ('Comp-\nletion', None): '结业率',
    ('Certi-\nfied', None): '取证率',
    ("Share of a cohort's seats that are taken", None): '班级座位中被占用的比例',
    ('Share of those holding a seat who never start', None): '占有座位但从未开始学习的比例',
    ('Share of those who start who complete the course', None): '开始学习者中完成课程的比例',
    ('Share of those who complete who are certified', None): '结业者中取得证书的比例',
    ('as its track: %1', None): '同所属方向：%1',
    ('from %1 actuals: %2', None): '来自 %1 年实际：%2',
    ('the documented default: %1', None): '文档中的默认值：%1',
    ('Set in the plan. Clear the cell to go back to %1.', None): '已在方案中设定。清空此格即恢复为%1。',
    ('its track', None): '所属方向',
    ('the plan', None): '方案',
    ('“%1” is not a percentage.', None): '“%1”不是百分比。',
    ("What becomes of a seat, per track and course. Grey figures come from the year before's actuals or the defaults: type a percentage to set one in the plan, clear it to go back.", None):
        '每个方向和课程的座位去向。灰色数字来自上一年的实际情况或默认值：输入百分比即在方案中设定，清空即恢复。',
    ('Assumptions', None): '假设',
    ('The course was deleted meanwhile; nothing was changed.', None): '该课程已被删除；未作任何更改。',
    ('Set the assumptions of the course %1', None): '设定课程 %1 的假设',
    ('The track has no target for %1: enter one first, the assumptions go with it.', None): '该方向没有 %1 年的目标：请先录入目标，假设随目标保存。',
    ('Set the assumptions of %1 for %2', None): '设定 %1 在 %2 年的假设',
    ('The share of seats taken', None): '座位使用率',
    ('The no-show rate', None): '未到比例',
    ('The completion rate', None): '结业率',
    ('The certification rate', None): '取证率',
    ('%1 must be from %2 % to %3 %, not %4 %.', None): '%1 必须在 %2 % 到 %3 % 之间，而不是 %4 %。',
    ('Share of\nnew cohorts', None): '新班\n占比',
    ("A course's share of its track's new cohorts", None): '课程在所属方向新班级中的占比',
    ('Set in the plan. Clear the cell to share what the other courses leave as the track ran before.', None):
        '已在方案中设定。清空此格后，按该方向以往的开班情况分摊其他课程剩余的占比。',
    ('As the track ran before: %1 of its new cohorts.', None): '按该方向以往的开班情况：占新班级的 %1。',
    ('Set the share of new cohorts of %1', None): '设定 %1 的新班级占比',
    ("A course's share of its track's new cohorts must be from 0 % to 100 %.", None): '课程在所属方向新班级中的占比必须在 0% 到 100% 之间。',
})

NUMERUS.update({
    '%n rate(s) set for the course': ('课程自设 %Ln 项', '%Ln rate set for the course', '%Ln rates set for the course'),
    '%1, %n rate(s) set in the plan': ('%1，方案中设定 %Ln 项', '%1, %Ln rate set in the plan', '%1, %Ln rates set in the plan'),
})


# Calendars that update, personal data masked, exported and erased (issue 16).
ZH.update({
    ('before', None): '修改前',
    ('after', None): '修改后',
    ('%1 (%2): %3: %4', None): '%1（%2）：%3：%4',
    ('%1: %2: %3', None): '%1：%2：%3',
    ('(erased)', None): '（已删除）',
    (', ', None): '、',
    ('Exported calendars', None): '已导出的日历',
    ('Plan facts', None): '计划信息',
    ('Shown in full', None): '完整显示',
    ('Rows', None): '行数',
    ('ID numbers', None): '身份证号',
    ('Erased', None): '已删除',
    ('included in full', None): '完整包含',
    ('masked', None): '已遮盖',
    ('Revealed', None): '已查看',
    ('Exported', None): '已导出',
    ('Cannot delete the backup “%1”: %2', None): '无法删除备份“%1”：%2',
    ('The file is not an iCalendar file: it holds no VCALENDAR.', None): '该文件不是 iCalendar 文件：其中没有 VCALENDAR。',
    ('Bookings: %1', None): '场地预订：%1',
    ('Seats: %1', None): '名额：%1',
    ('Lead instructor: %1', None): '主讲教师：%1',
    ('There is no venue named “%1”.', None): '没有名为“%1”的场地。',
    ('There is no such calendar.', None): '没有这样的日历。',
    ('The calendar was not written: the plan could not remember what it said (%1).', None):
        '日历未写入：计划无法记录日历的内容（%1）。',
    ('the ID number %1 is masked: the file was exported without ID numbers. Export it again with the ID numbers included to import it', None):
        '身份证号 %1 已遮盖：该文件导出时未包含身份证号。请重新导出并包含完整身份证号后再导入',
    ('Show ID Number', None): '显示身份证号',
    ('ID number not shown', None): '未显示身份证号',
    ('Erase Personal Data…', None): '删除个人信息…',
    ('Export Bookings as Calendar (.ics)…', None): '将场地预订导出为日历 (.ics)…',
    ('Export personal data', None): '导出个人信息',
    ("The file will hold people's personal data. Their ID numbers are masked (110108********1234) unless you include them; a file with masked numbers cannot be imported back.", None):
        '该文件将包含个人信息。除非选择包含，身份证号将被遮盖（110108********1234）；身份证号已遮盖的文件无法再导入。',
    ("The export is recorded in the plan's History.", None): '此次导出将记录在计划的历史记录中。',
    ('Include the full ID numbers', None): '包含完整身份证号',
    ('The plan is open read-only, so its History cannot record an export with the full ID numbers. Open the plan for editing, or export with the numbers masked.', None):
        '计划以只读方式打开，其历史记录无法记录包含完整身份证号的导出。请以编辑方式打开计划，或导出已遮盖的身份证号。',
    ('Export not recorded', None): '导出未记录',
    ("The file was written, but the plan's History could not record it: %1", None): '文件已写入，但计划的历史记录无法记录此次导出：%1',
    ('this trainee', None): '该学员',
    ('Erase Personal Data', None): '删除个人信息',
    ('Erase the personal data of %1 from the plan?', None): '要从计划中删除 %1 的个人信息吗？',
    ("The plan holds it here:\n%1\n\nThe name becomes “%2”; the ID number, employer, e-mail and phone are removed, also from the History. The enrollments and results stay, without the name, so the programme's counts stay true. This cannot be undone, and the undo history is cleared.", None):
        '计划中以下位置保存了这些信息：\n%1\n\n姓名将改为“%2”；身份证号、工作单位、电子邮件和电话将被删除，历史记录中的副本也一并删除。报名和结果保留但不再关联姓名，因此项目统计数字保持不变。此操作无法撤销，撤销历史也将被清空。',
    ("Also delete the plan's older backups, which still hold the data (a new backup is made first)", None):
        '同时删除计划中仍含有这些信息的旧备份（先创建一个新备份）',
    ('Erase', None): '删除',
    ('Erased the personal data of %1.', None): '已删除 %1 的个人信息。',
    ('Cannot create “%1”: the folder “%2” does not exist', None): '无法创建“%1”：文件夹“%2”不存在',
    ('Cannot create “%1”: “%2” is not a folder', None): '无法创建“%1”：“%2”不是文件夹',
    ('The plan is open read-only, so its History cannot record who saw the ID number: open it for editing to reveal one.', None):
        '计划以只读方式打开，其历史记录无法记录谁查看了身份证号：请以编辑方式打开计划后再查看。',
    ('The plan is open read-only.', None): '计划以只读方式打开。',
    ("The plan is open read-only: open it for editing to erase a trainee's personal data.", None):
        '计划以只读方式打开：请以编辑方式打开后再删除学员的个人信息。',
    ('The trainee was deleted meanwhile.', None): '该学员已在此期间被删除。',
    ('The personal data was erased, but the older backups were kept: no new backup could be made (%1).', None):
        '个人信息已删除，但旧备份仍保留：无法创建新备份（%1）。',
    ('The personal data was erased, but not every older backup could be deleted: %1', None):
        '个人信息已删除，但部分旧备份无法删除：%1',
    ("ID numbers are shown masked. Show this trainee's in full for as long as the plan stays open; the History records who saw it.", None):
        '身份证号默认遮盖显示。在计划打开期间完整显示该学员的身份证号；历史记录会记录查看人。',
})
NUMERUS.update({
    '%n entry(s)': ('%Ln 条记录', '%Ln entry', '%Ln entries'),
    '(%n changed since the last export)': ('（自上次导出后有 %Ln 项更改）', '(%Ln changed since the last export)', '(%Ln changed since the last export)'),
    '(%n cancelled)': ('（%Ln 项已取消）', '(%Ln cancelled)', '(%Ln cancelled)'),
})
# The plan's rules (PlanRules, PlanInvariants::WriteCheck) and the import's new refusals.
ZH.update({
    ('%1 has a free seat, so %2 need not wait for one: import them as enrolled', None):
        '%1 还有空余名额，%2 无需候补：请以“已报名”导入',
    ("this would break the plan's rules: %1", None): '这会违反计划的规则：%1',
    ('trainee %1', None): '学员 %1',
    ('The waiting list of cohort %1 is not numbered 1 to %2.', None): '班次 %1 的候补名单编号不是 1 到 %2。',
})
NUMERUS.update({
    '(and %n more)': ('（另有 %Ln 项）', '(and %Ln more)', '(and %Ln more)'),
    'Cohort %1 seats %2 trainees, more than its %n seats.':
        ('班次 %1 已安排 %2 名学员，超过其 %Ln 个名额。', 'Cohort %1 seats %2 trainees, more than its %Ln seat.',
         'Cohort %1 seats %2 trainees, more than its %Ln seats.'),
    'Cohort %1 has %n free seats while trainees wait for one.':
        ('班次 %1 有 %Ln 个空余名额，却仍有学员在候补。', 'Cohort %1 has %Ln free seat while trainees wait for one.',
         'Cohort %1 has %Ln free seats while trainees wait for one.'),
})

# Reports (io/report.cpp): the documents an office files
ZH.update({
    ('Give both the first and the last day of the period.', None): '请同时给出时段的第一天和最后一天。',
    ('The period ends (%1) before it starts (%2).', None): '时段的结束日（%1）早于开始日（%2）。',
    ('%1 to %2', None): '%1 至 %2',
    ('every year', None): '所有年份',
    ('Choose the year of the plan.', None): '请选择计划的年份。',
    ('No cohort starts in %1: there is no plan to print.', None): '%1 年没有开班的班级：没有可打印的计划。',
    ('Summary', None): '汇总',
    ('Total', None): '合计',
    ('Target (trainees)', None): '目标（学员）',
    ('Seats planned', None): '计划座位',
    ('Seats taken', None): '已占座位',
    ('Assistants', None): '助教',
    ('The instructor asked for is not in the plan.', None): '计划中没有所请求的教师。',
    ('No instructor teaches in %1: there is no timetable to print.', None): '%1 没有教师授课：没有可打印的课表。',
    ('Teaching days in %1: %2. Busiest week: %3 days (limit %4); busiest month: %5 days (limit %6); limit per year: %7.', None):
        '%1 授课天数：%2。最忙的一周：%3 天（上限 %4）；最忙的一月：%5 天（上限 %6）；每年上限：%7。',
    ('No sessions in this period.', None): '此时段内没有课次。',
    ('Time', None): '时间',
    ('To', None): '至',
    ('%1, %2', None): '%1，%2',
    ('The venue asked for is not in the plan.', None): '计划中没有所请求的场地。',
    ('No venue is booked in %1: there are no bookings to print.', None): '%1 没有场地预订：没有可打印的预订。',
    ('%1, %2; %3 seats', None): '%1，%2；%3 个座位',
    ('No bookings in this period.', None): '此时段内没有预订。',
    ('The cohort asked for is not in the plan.', None): '计划中没有所请求的班级。',
    ('Cohort %1 has no session on %2.', None): '班级 %1 在 %2 没有课次。',
    ('Cohort %1 has no sessions to sign in to.', None): '班级 %1 没有可签到的课次。',
    ('Sign-in sheet: %1, %2', None): '签到表：%1，%2',
    ('Each trainee signs on arrival. Rows at the end are for trainees not on the list: write the name and the last four digits of the ID number.', None):
        '学员到场后签名。名单外的学员请在末尾空行填写姓名和证件号码后四位。',
    ('No.', None): '序号',
    ('Signature', None): '签名',
    ('Cohort %1, %2', None): '班级 %1，%2',
    ('%1 to %2; %3; seats %4 / %5; status: %6', None): '%1 至 %2；%3；座位 %4 / %5；状态：%6',
    ('Nobody is enrolled.', None): '尚无学员报名。',
    ('Give the period of the certification list: its first and last day.', None): '请给出认证名单的时段：第一天和最后一天。',
    ('No certificate was awarded in this period.', None): '此时段内没有颁发证书。',
    ('Yearly plan', None): '年度计划',
    ('Instructor timetable', None): '教师课表',
    ('Venue bookings', None): '场地预订',
    ('Sign-in sheet', None): '签到表',
    ('Cohort roster', None): '班级名册',
    ('Certification list', None): '认证名单',
    ('Unknown report.', None): '未知的报表。',
    ('Printed %1', None): '打印于 %1',
    ('Page %1 of %2', None): '第 %1 页，共 %2 页',
    ('Cannot write “%1”: the PDF could not be started.', None): '无法写入“%1”：无法开始生成 PDF。',
})
NUMERUS.update({
    '%1, %n cohort(s)': ('%1，%Ln 个班级', '%1, %Ln cohort', '%1, %Ln cohorts'),
    '%n instructor(s), %1': ('%Ln 位教师，%1', '%Ln instructor, %1', '%Ln instructors, %1'),
    '%n venue(s), %1': ('%Ln 个场地，%1', '%Ln venue, %1', '%Ln venues, %1'),
    'Cohort %1, %n session(s)': ('班级 %1，%Ln 个课次', 'Cohort %1, %Ln session', 'Cohort %1, %Ln sessions'),
    'Cohort %1, %n trainee(s)': ('班级 %1，%Ln 名学员', 'Cohort %1, %Ln trainee', 'Cohort %1, %Ln trainees'),
    '%1, %n certificate(s)': ('%1，%Ln 张证书', '%1, %Ln certificate', '%1, %Ln certificates'),
})

# File ▸ Print… (ui/reportsdialog.cpp) and the print entries of the context menus
ZH.update({
    ('Print Sign-in Sheets…', None): '打印签到表…',
    ('Print Roster…', None): '打印名册…',
    ('Print Timetable…', None): '打印课表…',
    ('Print Bookings…', None): '打印场地预订…',
    ('&Print…', None): '打印(&P)…',
    ("Print the year's plan, timetables, venue bookings, sign-in sheets, a roster or the certification list, or save it as PDF", None):
        '打印年度计划、课表、场地预订、签到表、名册或认证名单，或保存为 PDF',
    ('Print Pre&view…', None): '打印预览(&V)…',
    ('Print', None): '打印',
    ('Choose what to print and for whom. The report opens in Print Preview, goes to a printer, or is saved as a PDF file.', None):
        '选择要打印的内容和对象。报表可在打印预览中打开、发送到打印机，或保存为 PDF 文件。',
    ('&Report:', None): '报表(&R)：',
    ('Type a cohort code', None): '输入班级编号',
    ('&Cohort:', None): '班级(&C)：',
    ('&Sessions:', None): '课次(&S)：',
    ('All instructors teaching in the year', None): '本年度授课的全部教师',
    ('&Instructor:', None): '教师(&I)：',
    ('All venues booked in the year', None): '本年度有预订的全部场地',
    ('&Period:', None): '时段(&P)：',
    ('A4', None): 'A4',
    ('Letter', None): 'Letter',
    ('Portrait', None): '纵向',
    ('Landscape', None): '横向',
    ('P&aper:', None): '纸张(&A)：',
    ('Pre&view…', None): '预览(&V)…',
    ('&Save as PDF…', None): '保存为 PDF(&S)…',
    ('Every session (a sheet each)', None): '全部课次（每次一张）',
    ('Choose the cohort: “%1” is not a cohort code of this plan.', None): '请选择班级：“%1”不是本计划中的班级编号。',
    ('Preparing the report…', None): '正在准备报表…',
    ('Print Preview: %1', None): '打印预览：%1',
    ('The printer could not be started.', None): '无法启动打印机。',
    ('Save as PDF', None): '保存为 PDF',
    ('Writing %1…', None): '正在写入 %1…',
})
NUMERUS.update({
    'Sent to the printer: %n page(s).': ('已发送到打印机：%Ln 页。', 'Sent to the printer: %Ln page.', 'Sent to the printer: %Ln pages.'),
    'Saved %1 (%n page(s)).': ('已保存 %1（%Ln 页）。', 'Saved %1 (%Ln page).', 'Saved %1 (%Ln pages).'),
})

# The capacity report (io/report.cpp)
ZH.update({
    ('Choose the year of the capacity report.', None): '请选择容量报告的年份。',
    ('%1 has no targets: there is no capacity to report.', None): '%1 年没有目标：没有可报告的容量。',
    ('Not every target of %1 can be reached: at best %2 of the target of the track furthest behind. What is short is listed below, with what would remedy it.', None):
        '%1 年的目标不能全部完成：进度最落后的方向最多完成其目标的 %2。下面列出所缺资源及解决办法。',
    ('Target trained', None): '培训目标',
    ('Target certified', None): '认证目标',
    ('Planned trained', None): '已计划培训',
    ('Reachable trained', None): '可完成培训',
    ('Reachable certified', None): '可完成认证',
    ('Reached', None): '完成比例',
    ('Cohorts planned', None): '已计划班级',
    ('New cohorts needed', None): '还需新开班级',
    ('Seats needed', None): '所需座位',
    ('Instructor-days needed / free', None): '所需教师日 / 空闲教师日',
    ('What is short', None): '短缺资源',
    ('Nothing: the instructors, venues and working days suffice.', None): '无：教师、场地和工作日都足够。',
    ('What', None): '资源',
    ('Need, have and remedy', None): '需要、现有与解决办法',
    ('%1 by month', None): '%1 各月情况',
    ('Instructor-days needed', None): '所需教师日',
    ('Instructor-days free', None): '空闲教师日',
    ('Venue slots needed', None): '所需场地时段',
    ('Venue slots free', None): '空闲场地时段',
    ('Capacity report', None): '容量报告',
})
NUMERUS.update({
    '%1, %n track(s) with targets': ('%1，%Ln 个有目标的方向', '%1, %Ln track with targets', '%1, %Ln tracks with targets'),
})

# The yearly plan's progress chart (io/report.cpp)
ZH.update({
    ('Target to date', None): '截至当月目标',
    ('Trained, forecast', None): '已培训（预测）',
    ('Progress against the target, as of %1', None): '目标完成进度（截至 %1）',
})

# The plan report of one track
ZH.update({
    ('The track asked for is not in the plan.', None): '计划中没有所请求的方向。',
    ('&Track:', None): '方向(&T)：',
})

# Help, the welcome page and the About box (issue 18)
ZH.update({
    ('Cohort Planner User Guide', None): '培训班规划使用指南',
    ('&Close Plan', None): '关闭计划(&C)',
    ('&User Guide', None): '使用指南(&U)',
    ('&Keyboard Shortcuts', None): '键盘快捷键(&K)',
    ('<p>The plan open: %1</p>', None): '<p>当前打开的计划：%1</p>',
    ('<h3>Cohort Planner %1</h3><p>Plans the cohorts, instructors and trainees of engineer '
     'training programmes against their yearly targets.</p><p>Copyright © 2026 the Cohort '
     'Planner developers.<br>Licensed under the GNU General Public License, version 3 or '
     'later.</p><p>Built on: Qt %2 (LGPL-3.0), SQLite %3 (public domain), QCustomPlot '
     '(GPL-3.0), LEMON (Boost Software License), GLPK (GPL-3.0), libxlsxwriter '
     '(BSD-2-Clause), minizip (zlib licence), libical (LGPL-2.1 or MPL-2.0).</p>', None):
        '<h3>培训班规划 %1</h3><p>按年度目标规划工程师培训项目的班级、教师和学员。</p>'
        '<p>版权所有 © 2026 培训班规划开发者。<br>依据 GNU 通用公共许可证第 3 版或更高版本授权。</p>'
        '<p>所用软件：Qt %2（LGPL-3.0）、SQLite %3（公有领域）、QCustomPlot（GPL-3.0）、'
        'LEMON（Boost 软件许可证）、GLPK（GPL-3.0）、libxlsxwriter（BSD-2-Clause）、'
        'minizip（zlib 许可证）、libical（LGPL-2.1 或 MPL-2.0）。</p>',
    ('La&nguage:', None): '语言(&N)：',
    ('Printing…', None): '正在打印…',
    ('Keyboard Shortcuts', None): '键盘快捷键',
    ('Command', None): '命令',
    ('Shortcut', None): '快捷键',
    ('Edit the selected cell', None): '编辑所选单元格',
    ('Open the selected record', None): '打开所选记录',
    ('Zoom the timeline', None): '缩放时间线',
    ('Ctrl+mouse wheel', None): 'Ctrl+鼠标滚轮',
    ('Welcome to Cohort Planner', None): '欢迎使用培训班规划',
    ("Plan the year's cohorts against its targets, staff them with qualified instructors, and "
     "follow every trainee to a certificate. A plan is one file on this computer; every change "
     "is saved at once and can be undone.", None):
        '按年度目标规划班级，为其安排具备资质的教师，并跟踪每位学员直到取得证书。'
        '一个计划就是这台电脑上的一个文件；每次修改都会立即保存，并且可以撤销。',
    ('&New Plan…', None): '新建计划(&N)…',
    ('&Open a Plan…', None): '打开计划(&O)…',
    ('Open the &Demo Plan', None): '打开示例计划(&D)',
    ('An empty plan: add your tracks, courses, venues and instructors, or import them from '
     'spreadsheets.', None): '一个空计划：添加您的方向、课程、场地和教师，或从电子表格导入。',
    ('A .cohortplan file made here or by a colleague.', None):
        '在本机或由同事创建的 .cohortplan 文件。',
    ('Fictional data: a year of the Beijing programme, with 150 instructors and 10,000 '
     'trainees, to try everything on. No real person is in it.', None):
        '虚构数据：北京培训项目的一个年度，含 150 名教师和 10,000 名学员，可用来试用各项功能。'
        '其中没有任何真实人员。',
    ('Recent plans', None): '最近打开的计划',
    ('No plan was opened on this computer yet.', None): '这台电脑上还没有打开过任何计划。',
    ('%1 — in %2', None): '%1 — 位于 %2',
    ('%1 — not found at %2', None): '%1 — 在 %2 中找不到',
})

# Edit > Preferences (issue 18)
ZH.update({
    ('&Preferences…', None): '首选项(&P)…',
    ('Preferences saved.', None): '首选项已保存。',
    ('The %1 session must end after it starts.', None): '%1课次的结束时间必须晚于开始时间。',
    ('The %1 session must start after the %2 session ends (%3).', None):
        '%1课次必须在%2课次结束（%3）之后开始。',
    ('Back up at least every so many minutes, and keep at least one backup.', None):
        '请设置备份间隔（分钟），并至少保留一个备份。',
    ('The folder “%1” is not there.', None): '文件夹“%1”不存在。',
    ('Preferences', None): '首选项',
    ('General', None): '常规',
    ("The system's language", None): '跟随系统语言',
    ('&Language:', None): '语言(&L)：',
    ('The folder used last', None): '上次使用的文件夹',
    ('&Browse…', None): '浏览(&B)…',
    ('Folder for Plans', None): '计划文件夹',
    ('&Plans folder:', None): '计划文件夹(&P)：',
    ("Your account's name", None): '您的账户名',
    ('How the History names the changes you make, beside your account', None):
        '历史记录中与您的账户一起显示的名字',
    ('Your &name:', None): '您的名字(&N)：',
    ('Backups', None): '备份',
    (' min', None): ' 分钟',
    ('Back up a changed plan &every:', None): '计划有修改时的备份间隔(&E)：',
    ('&Keep the newest:', None): '保留最新的(&K)：',
    (' days', None): ' 天',
    ('…and the last of each of the past:', None): '…以及过去每一段中的最后一个：',
    (' months', None): ' 个月',
    (' backups', None): ' 个备份',
    ('Session times (calendars and printed timetables)', None): '课次时间（用于日历和打印的课表）',
    ('to', None): '至',
    ('%1:', None): '%1：',
})

# First steps of an empty plan; New Cohort without a course (issue 18)
ZH.update({
    ('<b>Set up this plan</b> — a cohort needs a course, a venue (or the online classroom) and '
     'instructors qualified for it. Lists you keep in spreadsheets can be imported.', None):
        '<b>建立这个计划</b> — 一个班级需要一门课程、一个场地（或线上教室）以及具备该课程资质的教师。'
        '保存在电子表格中的名单可以直接导入。',
    ('&Import from a Spreadsheet…', None): '从电子表格导入(&I)…',
    ('1. The tracks (AI, big data …) and their courses', None): '1. 方向（人工智能、大数据……）及其课程',
    ('Courses & Tracks', None): '课程与方向',
    ('2. The venues, with their districts and seats', None): '2. 场地，及其所在区和座位数',
    ('Venues', None): '场地',
    ('3. The instructors and the courses each may teach', None): '3. 教师及其可授课程',
    ('Instructors', None): '教师',
    ("4. The year's work calendar (public holidays, make-up days)", None):
        '4. 年度工作日历（法定节假日、调休上班日）',
    ('Import Work Calendar…', None): '导入工作日历…',
    ("5. The year's target of trainees per track", None): '5. 各方向的年度培训目标人数',
    ('New Planning Year…', None): '新建规划年度…',
    ('6. The cohorts: one by one, or a draft of the whole year', None):
        '6. 班级：逐个新建，或生成全年草案',
    ('Cohorts', None): '班级',
    ('Done', None): '已完成',
    ('Still to do', None): '尚未完成',
    ('The plan has no course yet: a cohort teaches a course. Add the tracks and their courses '
     'on the Courses & Tracks page first, or import them.', None):
        '计划中还没有课程：每个班级都讲授一门课程。请先在“课程与方向”页面添加方向及其课程，或从文件导入。',
})

# The History names records (issue 18)
ZH.update({
    ('%1, by %2 on %3', None): '%1，由 %2 于 %3',
    ('%1: %2 %3, by %4 on %5', None): '%1：%2 %3，由 %4 于 %5',
})

# Auto-assign's Unstaffed tab, grouped by why (issue 18)
NUMERUS.update({
    'No instructor is qualified for the course (%n role(s)):': (
        '没有教师具备该课程的资质（%Ln 个角色）：',
        'No instructor is qualified for the course (%Ln role):',
        'No instructor is qualified for the course (%Ln roles):'),
    'Qualified instructors exist, but none is free (%n role(s)):': (
        '有具备资质的教师，但都没有空（%Ln 个角色）：',
        'Qualified instructors exist, but none is free (%Ln role):',
        'Qualified instructors exist, but none is free (%Ln roles):'),
})
ZH.update({
    ('%1 (%2)', None): '%1（%2）',
    ('%1 needs a %2 (%3):', None): '%1 需要一名%2（%3）：',
    ('Cohorts without a course, so nobody can be judged qualified: %1', None):
        '没有课程的班级，因此无法判断谁具备资质：%1',
})

# Dialogs that help, Preferences' rules and weights (issue 18)
ZH.update({
    ('Rea&son for this assignment:', None): '此项安排的原因(&S)：',
    ('&Keep as My Defaults', None): '设为我的默认值(&K)',
    ('Start Auto-assign with these costs from now on (also in Edit ▸ Preferences)', None):
        '今后自动安排都从这些代价开始（也可在“编辑 ▸ 首选项”中设置）',
    ('Kept as your defaults', None): '已设为您的默认值',
    ('%1 is %2: an instructor assigned now changes the record of who taught it. Give a reason, kept in the History.', None):
        '%1 的状态为“%2”：现在安排教师会改变“由谁授课”的记录。请填写原因，它将保存在历史记录中。',
    ('Q&ualifications (%1)', None): '授课资质（%1）(&U)',
    ('Lea&ve (%1)', None): '请假（%1）(&V)',
    ('Course pre&ferences (%1)', None): '课程意愿（%1）(&F)',
    ('Auto-assign weighs these when it chooses instructors.', None): '自动安排在选择教师时会考虑这些意愿。',
    ('The copy starts on %1, not after the original: the day after it (%2) is past.', None):
        '副本于 %1 开班，而不是紧接原班级之后：原班级之后的日期（%2）已经过去。',
    ('%1 — %2 seats, free', None): '%1 — %2 个座位，空闲',
    ('%1 — online', None): '%1 — 线上',
    ('%1 — booked by %2 on %3', None): '%1 — %3 已被 %2 占用',
    ('%1 — %2 seats, too few', None): '%1 — %2 个座位，不够',
    ('%1 is booked by %2 on %3: the venues listed first are free on these days.', None):
        '%1 在 %3 已被 %2 占用：列表前面的场地在这些日期都空闲。',
    ('%1 has %2 seats, fewer than the %3 this cohort offers.', None):
        '%1 只有 %2 个座位，少于本班级的 %3 个名额。',
    ('&General', None): '常规(&G)',
    ('This computer', None): '本机',
    ('&Session times', None): '上课时间(&S)',
    ('The times calendars (.ics) and printed timetables give each session of the day.', None):
        '日历（.ics）和打印的课表为每天各时段给出的时间。',
    ('&Conflict rules', None): '冲突规则(&C)',
    ('Blocking conflicts refuse an edit; warnings let it through with a reason; rules turned off are not checked.', None):
        '阻断性冲突会拒绝修改；警告在填写原因后允许修改；关闭的规则不做检查。',
    ('&Auto-assign', None): '自动安排(&A)',
    ('The costs Auto-assign starts with each time it opens; changed there, they hold for that run only.', None):
        '每次打开自动安排时使用的代价；在自动安排中修改的值只对那一次有效。',
    ('What each costs the plan (points)', None): '各项给计划带来的代价（分）',
    ('Auto-assign looks for the staffing whose costs add up to the least. A cost ten times another counts ten times as much.', None):
        '自动安排寻找代价总和最小的教师安排。一项代价是另一项的十倍，就按十倍计算。',
})

# Import: the kind from the headers, blank templates (issue 18)
ZH.update({
    ('Save a Blank &Template…', None): '保存空白模板(&T)…',
    ("A spreadsheet with this kind's column headers, to fill in and import (required columns end in *)", None):
        '一个只有此类数据列标题的电子表格，填写后即可导入（必填列以 * 结尾）',
    ('An import is one step in the undo history: Edit ▸ Undo takes all of it back.', None):
        '一次导入是撤销历史中的一步：“编辑 ▸ 撤销”可将其全部撤回。',
    ("Its headers name no kind's required columns: choose what it holds.", None):
        '它的表头不含任何一类数据的全部必填列：请选择它包含的内容。',
    ('Its headers are those of %1.', None): '从表头看，它包含的是%1。',
    ('%1 template.xlsx', None): '%1模板.xlsx',
    ('Save a Blank Template', None): '保存空白模板',
    ('Excel workbook (*.xlsx);;CSV (*.csv)', None): 'Excel 工作簿 (*.xlsx);;CSV (*.csv)',
    ('Saved %1.', None): '已保存 %1。',
    ('Edit ▸ Undo takes the whole import back in one step.', None): '“编辑 ▸ 撤销”可一步撤回整个导入。',
})

# Composed labels in the UI's language (issue 18)
ZH.update({
    ('%1 ≤ %2', 'a track qualification up to a level'): '%1 ≤ %2',
    (', ', 'between qualifications in a list'): '、',
})

# Status messages and Today (issue 18)
ZH.update({
    ('Saved the dashboard as %1', None): '已将概览保存为 %1',
    ("Show today's date and the cohorts running now", None): '显示今天的日期和正在进行的班级',
})

# The timeline's lanes (issue 18)
NUMERUS.update({
    '%n cohort(s)': ('%Ln 个班级', '%Ln cohort', '%Ln cohorts'),
})

# Costs and budgets (issue 19)
ZH.update({
    ('Day rates by level', None): '各级别日薪',
    ('Fixed costs', None): '固定费用',
    ('Day rate', None): '日薪',
    ('Rent per day', None): '日租金',
    ('Licence per seat', None): '每席位许可费',
    ('Materials', None): '教材费',
    ('Exam fee', None): '考试费',
    ('Budget', None): '预算',
    ('Amount', None): '金额',
    ('Made the plan from the scenario', None): '由此方案生成计划',
    ('Backup of the plan before', None): '之前计划的备份',
    ('&Add Fixed Cost', None): '添加固定费用(&A)',
    ('&Delete', None): '删除(&D)',
    ('Cost of each cohort', None): '各班级费用',
    ('An instructor is paid the rate of the highest level they are qualified for, unless the Instructors page gives them their own. Grey: the default.', None):
        '教师按其具备资质的最高级别领取日薪，除非在“教师”页为其单独设定。灰色：默认值。',
    ('Fixed costs of the year', None): '本年度固定费用',
    ('What the programme pays whatever its cohorts, spread evenly over the year.', None):
        '项目无论开设哪些班级都要支付的费用，平均分摊到全年。',
    ('By track', None): '按方向',
    ('By cohort', None): '按班级',
    ('Rates and fixed costs', None): '日薪与固定费用',
    ('none set', None): '未设定',
    ('<b>%1</b>: budget <b>%2</b> · spent by %3 <b>%4</b> · forecast at the year end <b>%5</b>', None):
        '<b>%1 年</b>：预算 <b>%2</b> · 截至 %3 已支出 <b>%4</b> · 年底预测 <b>%5</b>',
    ('<b>%1</b> left', None): '剩余 <b>%1</b>',
    ('<b><span style="color:#c0392b">%1 over budget</span></b>', None):
        '<b><span style="color:#c0392b">超出预算 %1</span></b>',
    ('Per trainee completing: <b>%1</b> · per certificate: <b>%2</b>', None):
        '每位结业学员：<b>%1</b> · 每张证书：<b>%2</b>',
    ('none expected', None): '预计没有',
    ('No track has a budget for %1: type one in the Budget column.', None):
        '%1 年没有任何方向设定预算：请在“预算”列中输入。',
    ('“%1” is not an amount in whole yuan.', None): '“%1”不是以元为单位的整数金额。',
    ('Materials & exams', None): '教材与考试',
    ('Cost', None): '费用',
    ('Spent to date', None): '截至今日支出',
    ("The day rates of its instructors on its teaching days; italic: no lead yet, one is costed at its course level's rate", None):
        '其教师在授课日的日薪；斜体：尚无主讲教师，按课程级别的日薪计入一名',
    ("The venue's rent on its teaching days, or online a licence per trainee", None):
        '授课日的场地租金；在线课堂则为每位学员的许可费',
    ('The whole cohort, also days outside the year', None): '整个班级的费用，包括本年度以外的日子',
    ("No lead yet: one is costed at the course level's day rate.", None): '尚无主讲教师：按课程级别的日薪计入一名。',
    ('Materials', None): '教材费',
    ("What each trainee's materials cost, paid on the cohort's first day", None): '每位学员的教材费用，在班级第一天支付',
    ("The exam fee per trainee, paid on the cohort's last day", None): '每位学员的考试费，在班级最后一天支付',
    ('Cost of the year', None): '本年费用',
    ('%1 over the budget of %2', None): '超出预算 %2 的 %1',
    ('%1 of the budget of %2', None): '占预算 %2 的 %1',
    ('no budget set', None): '未设定预算',
    ('; %1 per certificate', None): '；每张证书 %1',
    ('<b>Cost of %1, forecast at the year end</b>: %2<br>Spent by %3: %4', None):
        '<b>%1 年费用，年底预测</b>：%2<br>截至 %3 已支出：%4',
    ('Instructors %1 · venues %2 · materials and exams %3 · fixed %4', None):
        '教师 %1 · 场地 %2 · 教材与考试 %3 · 固定 %4',
    ('%1: %2 of %3', None): '%1：%2 / %3',
    ('no budget', None): '无预算',
    ('(Costs are not filtered by district.)', None): '（费用不按区筛选。）',
    ('The Budget page has the details.', None): '详情见“预算”页。',
    ('¥%1万', 'ten thousand yuan'): '¥%1万',
    ('¥%1M', 'a million yuan'): '¥%1百万',
    ('Fixed cost', None): '固定费用',
    ('Paid per teaching day. Grey: the rate of the highest level they are qualified for (Budget ▸ Rates and fixed costs); type an amount to give them their own, clear it to go back.', None):
        '按授课日支付。灰色：其具备资质的最高级别的日薪（预算 ▸ 日薪与固定费用）；输入金额可为其单独设定，清空则恢复。',
    ('The rate of level %1', None): '%1级别的日薪',
    ('Highest level qualified for', None): '具备资质的最高级别',
    ("The default rate: type an amount to set the plan's own", None): '默认日薪：输入金额可为本计划设定',
    ('Set in the plan: clear it to go back to the default, %1', None): '已在计划中设定：清空则恢复默认值 %1',
    ('Spent', None): '支出',
    ('Cost of the month', None): '当月费用',
    ('Spent so far', None): '累计支出',
    ('Forecast so far', None): '累计预测',
    ('Budget so far', None): '累计预算',
    ('Everything the month costs: what is spent, then what is still planned', None): '当月全部费用：已支出的，加上仍在计划中的',
    ("The year's budget spread evenly over its months", None): '全年预算平均分摊到各月',
    ('Set the day rate of level %1', None): '设定%1级别的日薪',
    ('Edit the day rate of level %1', None): '修改%1级别的日薪',
    ('Add fixed cost %1', None): '添加固定费用 %1',
    ('Edit fixed cost %1', None): '修改固定费用 %1',
    ('%1 already has a fixed cost named “%2”.', None): '%1 年已有名为“%2”的固定费用。',
    ('New cost', None): '新费用',
    ('New cost %1', None): '新费用 %1',
    ('The fixed costs were deleted meanwhile.', None): '这些固定费用已被删除。',
    ('Reset the day rate of level %1', None): '恢复%1级别的默认日薪',
    ('The materials per trainee', None): '每位学员的教材费',
    ('The exam fee per trainee', None): '每位学员的考试费',
    ('The rent per day', None): '日租金',
    ('The licence per seat', None): '每席位许可费',
    ('The day rate', None): '日薪',
    ('The budget', None): '预算',
    ('The amount', None): '金额',
    ('What the track may spend in the year, in yuan (blank: none set)', None): '该方向本年度可支出的金额（元；留空：不设定）',
    ('Forecast at year end', None): '年底预测',
    ('Left at year end', None): '年底剩余',
    ('Per trainee', None): '每位学员',
    ('Per certificate', None): '每张证书',
    ("What the track may spend in the year (its target's budget): type an amount, clear it to set none", None):
        '该方向本年度可支出的金额（即其目标的预算）：输入金额，清空则不设定',
    ('The costs of the days held so far: instructors, venues, materials and exams', None): '已开课日子的费用：教师、场地、教材和考试',
    ('Spent so far plus the costs of everything still planned in the year', None): '已支出的费用加上本年度仍在计划中的全部费用',
    ('The budget less the forecast; red: over budget', None): '预算减去预测；红色：超出预算',
    ('The forecast at the year end, in its parts', None): '年底预测的各组成部分',
    ('The forecast cost divided by the trainees expected to complete in the year', None): '预测费用除以本年度预计结业的学员人数',
    ('The forecast cost divided by the certificates expected in the year', None): '预测费用除以本年度预计颁发的证书数',
    ('Fixed costs of the programme', None): '项目固定费用',
    ('Programme', None): '整个项目',
    ('The track has no target in the year: enter one (Courses ▸ Yearly targets) to give it a budget.', None):
        '该方向本年度没有目标：请先输入目标（课程 ▸ 年度目标），再为其设定预算。',
    ("The tracks' budgets added up", None): '各方向预算之和',
    ('What a cohort pays for each day it teaches here (venues on site)', None): '班级在此上课每天支付的费用（线下场地）',
    ("What an online cohort pays per trainee for the classroom's licence", None): '在线班级为每位学员支付的课堂许可费',
})

# The Budget page's chart (issue 19)
ZH.update({
    ('Spending through the year', None): '全年支出',
    ('spending', None): '支出',
    ('Spent (cumulative)', None): '支出（累计）',
    ('Million yuan', None): '百万元',
    ('Per certificate: %1', None): '每张证书：%1',
})

# Dashboard tiles that fit six across (issue 19)
ZH.update({
    ('%1 of %2 targeted', None): '目标 %2 的 %1',
    ('in cohorts running now', None): '当前正在进行的班级',
    ('in cohorts still to finish', None): '尚未结班的班级',
    ('%1 over budget', None): '超出预算 %1',
    ('%1 of the budget', None): '占预算的 %1',
    ('Budget: %1', None): '预算：%1',
})

# Scenarios and Compare (issue 19)
ZH.update({
    ('&Compare', None): '比较(&C)',
    ('&Export Changes…', None): '导出变更(&E)…',
    ('Compare Scenarios of %1', None): '比较 %1 的方案',
    ('The plan', None): '计划本身',
    ('Compare (two to four):', None): '比较（二至四个）：',
    ('Figures', None): '数据',
    ('Export Changes', None): '导出变更',
    ('scenario-changes-%1.xlsx', None): '方案变更-%1.xlsx',
    ('Excel workbooks (*.xlsx);;CSV files (*.csv)', None): 'Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)',
    ('Saved the changes as %1', None): '已将变更保存为 %1',
    ('The plan has no scenario yet: create one in File ▸ Scenarios… first.', None):
        '该计划还没有方案：请先在“文件 ▸ 方案…”中创建一个。',
    ('Tick two to four to compare.', None): '勾选二至四个进行比较。',
    ('“%1” cannot be read: %2', None): '无法读取“%1”：%2',
    ('Removed', None): '已删除',
    ('Moved', None): '已移动',
    ('Restaffed', None): '已换教师',
    ('Added', None): '已添加',
    ('Scenario', None): '方案',
    ('Target: trainees', None): '目标：培训人数',
    ('Target: certified', None): '目标：认证人数',
    ('Reachable: trainees', None): '可达成：培训人数',
    ('Reachable: certified', None): '可达成：认证人数',
    ('Seats still to come', None): '尚待开设的座位',
    ('Trained, forecast', None): '培训人数（预测）',
    ('Certified, forecast', None): '认证人数（预测）',
    ('Instructor utilisation', None): '教师利用率',
    ('Cohorts without a lead', None): '无主讲教师的班级',
    ('Blocking conflicts', None): '阻止性冲突',
    ('Warnings', None): '警告',
    ('Cost, forecast at year end', None): '费用（年底预测）',
    ('Cost per certificate', None): '每张证书费用',
    ('%1: trained, forecast', None): '%1：培训人数（预测）',
    ('%1: cost', None): '%1：费用',
    ('%1 more than %2', None): '比%2多 %1',
    ('%1 less than %2', None): '比%2少 %1',
    ('Figure', None): '指标',
    ('Change', None): '变更',
    ('Before', None): '之前',
    ('After', None): '之后',
    ('Make It the Plan', None): '设为计划',
    ('Make the scenario “%1” the plan?\n\nThe plan as it is now is backed up first: File ▸ Restore from Backup… brings it back.', None):
        '将方案“%1”设为计划？\n\n当前的计划会先备份：“文件 ▸ 从备份恢复…”可将其恢复。',
    ('Sce&narios…', None): '方案(&N)…',
    ('What-if copies of the plan: create, open, compare and make one the plan', None): '计划的假设副本：创建、打开、比较，并可将其中之一设为计划',
    ('Scenario “%1” of %2', None): '%2 的方案“%1”',
    ('<b>Scenario “%1”</b> of %2: what you change here never touches the plan. <a href="plan">Back to the plan</a> · <a href="scenarios">Scenarios…</a> · <a href="promote">Make it the plan…</a>', None):
        '<b>方案“%1”</b>（属于 %2）：在这里所做的修改不会影响计划。<a href="plan">返回计划</a> · <a href="scenarios">方案…</a> · <a href="promote">设为计划…</a>',
    ('Cannot make the scenario the plan', None): '无法将方案设为计划',
    ('“%1” is now the plan. The plan before it is backed up as %2 (File ▸ Restore from Backup… brings it back).', None):
        '“%1”现在是计划了。之前的计划已备份为 %2（“文件 ▸ 从备份恢复…”可将其恢复）。',
    ('Forecast of each scenario against the target', None): '各方案预测与目标对比',
    ('scenarios', None): '方案',
    ('Ready', None): '可用',
    ('Cannot be opened: %1', None): '无法打开：%1',
    ('Last changed', None): '最后修改',
    ('State', None): '状态',
    ('Give the scenario a name.', None): '请为方案命名。',
    ("A scenario's name can have at most 100 characters.", None): '方案名称最多 100 个字符。',
    ('A scenario\'s name cannot contain “%1”: it names a file, and file names cannot hold < > : " / \\ | ? * or control characters.', None):
        '方案名称不能包含“%1”：它用作文件名，而文件名不能含有 < > : " / \\ | ? * 或控制字符。',
    ('a control character', None): '控制字符',
    ("A scenario's name cannot begin or end with a space, nor end with a dot.", None): '方案名称不能以空格开头或结尾，也不能以句点结尾。',
    ('“%1” is a name Windows keeps for a device: choose another.', None): '“%1”是 Windows 保留的设备名：请换一个。',
    ('There is no scenario named “%1” beside %2.', None): '%2 旁没有名为“%1”的方案。',
    ('Cannot create the scenario “%1”: %2', None): '无法创建方案“%1”：%2',
    ('there is already a scenario of that name.', None): '已有同名方案。',
    ('the folder “%1” cannot be made.', None): '无法创建文件夹“%1”。',
    ('Cannot rename the scenario “%1” to “%2”: %3', None): '无法将方案“%1”重命名为“%2”：%3',
    ('there is no such scenario.', None): '没有这个方案。',
    ('it is open for editing (%1); close it first.', None): '它正被编辑（%1）；请先关闭。',
    ('it holds an interrupted write; open it once to recover it first.', None): '它有一次中断的写入；请先打开一次以恢复。',
    ('There is no scenario named “%1”.', None): '没有名为“%1”的方案。',
    ('Cannot delete the scenario “%1”: it is open for editing (%2).', None): '无法删除方案“%1”：它正被编辑（%2）。',
    ('Cannot delete the scenario “%1”: the file “%2” cannot be removed.', None): '无法删除方案“%1”：文件“%2”无法删除。',
    ('Cannot make the scenario “%1” the plan: %2', None): '无法将方案“%1”设为计划：%2',
    ('“%1” is open for editing (%2); close it first.', None): '“%1”正被编辑（%2）；请先关闭。',
    ('“%1” holds an interrupted write; open it once to recover it first.', None): '“%1”有一次中断的写入；请先打开一次以恢复。',
    ('&New from This Plan…', None): '由此新建(&N)…',
    ('&Open', None): '打开(&O)',
    ('&Rename…', None): '重命名(&R)…',
    ('&Make It the Plan…', None): '设为计划(&M)…',
    ('&Compare…', None): '比较(&C)…',
    ('Scenarios of %1', None): '%1 的方案',
    ('A scenario is a what-if copy of the plan: change targets, instructors, venues or cohorts in it freely; the plan is never touched until you make a scenario the plan (after a backup of the plan). They are kept in %1.', None):
        '方案是计划的假设副本：可在其中随意修改目标、教师、场地或班级；在您把某个方案设为计划之前（届时会先备份计划），计划本身不会被改动。方案保存在 %1。',
    ('Copy what is open now (the plan or a scenario) as a new scenario', None): '将当前打开的内容（计划或方案）复制为新方案',
    ('Replace the plan with this scenario, after a checked backup of the plan', None): '在对计划做经校验的备份后，用此方案替换计划',
    ('Two to four of the plan and its scenarios side by side', None): '并排比较计划及其方案中的二至四个',
    ('Name of the new scenario:', None): '新方案的名称：',
    ('Checking the scenarios…', None): '正在检查方案…',
    ('Copying the plan as “%1”…', None): '正在将计划复制为“%1”…',
    ('New name of the scenario “%1”:', None): '方案“%1”的新名称：',
    ('Renaming “%1”…', None): '正在重命名“%1”…',
    ('Delete the scenario “%1”? Its file is deleted; the plan is not touched.', None): '删除方案“%1”？其文件将被删除；计划不受影响。',
    ('Deleting “%1”…', None): '正在删除“%1”…',
})

NUMERUS.update({
    '%n cohort(s) with a day in the year; italic: no lead yet':
        ('本年度有课的班级 %Ln 个；斜体：尚无主讲教师', '%Ln cohort with a day in the year; italic: no lead yet',
         '%Ln cohorts with a day in the year; italic: no lead yet'),
    "%n cohort(s) have no lead yet: each is costed with one at its course level's day rate.":
        ('%Ln 个班级尚无主讲教师：各按其课程级别的日薪计入一名。',
         "%Ln cohort has no lead yet: it is costed with one at its course level's day rate.",
         "%Ln cohorts have no lead yet: each is costed with one at its course level's day rate."),
    'Reading %n scenario(s)…': ('正在读取 %Ln 个方案…', 'Reading %Ln scenario…', 'Reading %Ln scenarios…'),
    '%1 as of %2: %n change(s) of cohorts against the first.':
        ('%1 年，截至 %2：相对第一个有 %Ln 处班级变更。', '%1 as of %2: %Ln change of cohorts against the first.',
         '%1 as of %2: %Ln changes of cohorts against the first.'),
    'Delete %n fixed cost(s)': ('删除 %Ln 项固定费用', 'Delete %Ln fixed cost', 'Delete %Ln fixed costs'),
})

# Issue 21: plans on a PostgreSQL server.
ZH.update({
    ('"%1" is not a server address: it must start with postgresql://', None):
        '“%1”不是服务器地址：应以 postgresql:// 开头',
    ('"%1" is not a valid server address: %2', None): '“%1”不是有效的服务器地址：%2',
    ('The server address %1 has a parameter this program does not know: %2 (known: host, port, user, sslmode, sslrootcert, connect_timeout)', None):
        '服务器地址 %1 含有本程序不认识的参数：%2（可用：host、port、user、sslmode、sslrootcert、connect_timeout）',
    ('In the server address %1, %2 must be a number, not "%3"', None): '服务器地址 %1 中，%2 应为数字，而不是“%3”',
    ('The server address %1 names no database: write it after the host, as in postgresql://server.example/cohorts', None):
        '服务器地址 %1 没有指明数据库：请写在主机之后，例如 postgresql://server.example/cohorts',
    ('In the server address %1, the port must be from 1 to 65535', None): '服务器地址 %1 中，端口应在 1 到 65535 之间',
    ('In the server address %1, sslmode must be disable, allow, prefer, require, verify-ca or verify-full', None):
        '服务器地址 %1 中，sslmode 应为 disable、allow、prefer、require、verify-ca 或 verify-full',
    ("This installation cannot reach PostgreSQL servers: Qt's PostgreSQL driver is missing (on Debian, the package libqt6sql6-psql).", None):
        '此安装无法连接 PostgreSQL 服务器：缺少 Qt 的 PostgreSQL 驱动（Debian 上的软件包 libqt6sql6-psql）。',
    ('Could not connect to %1: %2', None): '无法连接到 %1：%2',
    ("%1 holds no Cohort Planner plan (the database is empty or another application's): copy a plan there first with cohortplanner-cli push", None):
        '%1 中没有培训班规划计划（数据库为空或属于其他应用）：请先用 cohortplanner-cli push 将计划复制过去',
    ("%1 holds another application's data, not a Cohort Planner plan", None): '%1 中是其他应用的数据，不是培训班规划计划',
    ("The plan at %1 has format %2, newer than this program's %3: update Cohort Planner to open it", None):
        '%1 上的计划格式为 %2，比本程序的 %3 更新：请更新培训班规划后再打开',
    ('Could not open %1 read-only: %2', None): '无法以只读方式打开 %1：%2',
    ('Could not read %1: %2', None): '无法读取 %1：%2',
    ('%1 is not empty: a plan is pushed into a new, empty database only, so that nothing there is overwritten', None):
        '%1 不是空的：计划只能推送到新的空数据库，以免覆盖其中的内容',
    ('Could not start a transaction on %1: %2', None): '无法在 %1 上开始事务：%2',
    ('Could not read the table %1 of %2: %3', None): '无法读取 %2 的表 %1：%3',
    ('The server refused a row of the table %1: %2', None): '服务器拒绝了表 %1 中的一行：%2',
    ('Nothing was copied to %1: %2', None): '没有向 %1 复制任何内容：%2',
    ('The plan on the server could not be read or written: %1 (statement: %2)', None):
        '无法读写服务器上的计划：%1（语句：%2）',
    ('“%1” already exists: a checkout makes a new plan file and never replaces one', None):
        '“%1”已存在：签出只会新建计划文件，从不替换已有文件',
})

ZH.update({
    ('The changes could not be written to the plan on the server: %1', None):
        '更改未能写入服务器上的计划：%1',
    ("The plan at %1 was set up by a different version of this program (server tables revision %2, this program's %3): check it out with that version and push it again", None):
        '%1 上的计划由本程序的另一版本建立（服务器表修订版 %2，本程序为 %3）：请用那个版本检出，再重新推送',
    ('Could not read the changes of %1: %2', None): '无法读取 %1 的更改：%2',
    ('Could not follow the changes of %1: %2', None): '无法跟踪 %1 的更改：%2',
    ('Could not connect to %1 again: %2', None): '无法重新连接 %1：%2',
    ('Someone else changed the record %1 of %2 after you read it (%3), so your change was not written over theirs. Look at their version, then make your change again.', None):
        '在您读取之后，别人更改了 %2 的记录 %1（%3），因此您的更改没有覆盖他们的更改。请先查看他们的版本，再重新进行您的更改。',
})


ZH.update({
    ('%1 holds no Cohort Planner plan: push a plan there first (cohortplanner-cli push, or server-init --from FILE)', None):
        '%1 中没有 Cohort Planner 计划：请先推送计划（cohortplanner-cli push，或 server-init --from FILE）',
    ('The plan at %1 is set up for a team already', None): '%1 上的计划已为团队设置好',
    ("Nothing was changed on %1: %2 (set up a team as the server's administrator)", None):
        '%1 上没有任何更改：%2（请以服务器管理员身份设置团队）',
    ('“%1” cannot be a login name: use up to 63 lower-case letters, digits, “_”, “.” or “-”, starting with a letter', None):
        '“%1”不能作为登录名：请使用最多 63 个小写字母、数字、“_”、“.”或“-”，并以字母开头',
    ('The plan at %1 is not set up for a team: run cohortplanner-cli server-init first', None):
        '%1 上的计划尚未为团队设置：请先运行 cohortplanner-cli server-init',
    ('Nothing was changed on %1: %2', None): '%1 上没有任何更改：%2',
    ('The record %1 of %2 no longer exists, or the server does not let you change it (it belongs to another district).', None):
        '%2 的记录 %1 已不存在，或服务器不允许您更改它（它属于另一个区）。',
})


def fill(path, chinese):
    tree = ET.parse(path)
    missing = []
    for context in tree.getroot().iter('context'):
        fill_context(context, context.find('name').text, chinese, missing)
    tree.write(path, encoding='utf-8', xml_declaration=True)
    return missing


ZH.update({
    ('Keep &Their Version', None): '保留对方的版本(&T)',
    ('Make &My Change Over Theirs', None): '在对方版本上做我的更改(&M)',
    ('Changed by Someone Else', None): '已被他人更改',
    ('Someone else changed %1 after you opened it, so it was not deleted. Keep their version, or delete it as it is now?', None):
        '在您打开之后，别人更改了%1，因此没有删除。保留对方的版本，还是按现在的样子删除？',
    ('Someone else changed %1 after you opened it, so your change was not written over theirs. Keep their version, or make your change over it? The fields you changed then get your values; the others keep theirs.', None):
        '在您打开之后，别人更改了%1，因此您的更改没有覆盖对方的更改。保留对方的版本，还是在其上做您的更改？选择后者时，您改过的字段取您的值，其余字段保留对方的值。',
    ('&Delete It Anyway', None): '仍然删除(&D)',
    ('Field', None): '字段',
    ('Theirs, now', None): '对方（当前）',
    ('Yours', None): '您的',
    ('(deleted)', None): '（已删除）',
    ('Their version is kept: %1 was not changed.', None): '已保留对方的版本：未执行“%1”。',
    ('Changed on the server by %1: shown now.', None): '%1 在服务器上做了更改：现已显示。',
    (', ', None): '、',
    ('Connected to the server again; the changes made meanwhile are shown.', None):
        '已重新连接服务器；期间的更改已显示。',
    ('For a plan on a server, check out a copy (cohortplanner-cli checkout) to do this', None):
        '服务器上的计划需先检出副本（cohortplanner-cli checkout）才能执行此操作',
    ('Open &Server Plan…', None): '打开服务器计划(&S)…',
    ('Open a plan your team keeps on a PostgreSQL server', None): '打开团队保存在 PostgreSQL 服务器上的计划',
    ('No server plan was opened.', None): '未打开服务器计划。',
    ('%1 on %2', None): '%2 上的 %1',
    ('this computer', None): '本机',
    ('Open &read-only', None): '以只读方式打开(&R)',
    ('Open Server Plan', None): '打开服务器计划',
    ("A plan your team keeps on a PostgreSQL server. Your director gives you its address and your login; every change you make is written there at once, and you see the others' as they make them.", None):
        '团队保存在 PostgreSQL 服务器上的计划。地址和登录名由主管提供；您的每项更改都会立即写入服务器，其他人的更改也会实时显示。',
    ('kept for this session only', None): '仅在本次使用期间保留',
    ('&Address:', None): '地址(&A)：',
    ('&Login:', None): '登录名(&L)：',
    ('&Password:', None): '密码(&P)：',
    ("A plan on a server is backed up by the server's administrator. To keep a copy of your own, check it out into a file (File ▸ Check Out for Offline Work).", None):
        '服务器上的计划由服务器管理员备份。如需自己保留一份，请将其检出为文件（文件 ▸ 检出以离线工作）。',
})
NUMERUS.update({
    '<b>The connection to the server was lost</b> (%1). Cohort Planner connects again by itself every %n second(s); until then nothing can be changed, and what you see may be out of date.':
        ('<b>与服务器的连接已断开</b>（%1）。Cohort Planner 每 %Ln 秒自动重新连接；在此之前无法更改，所见内容可能已过时。',
         '<b>The connection to the server was lost</b> (%1). Cohort Planner connects again by itself every %Ln second; until then nothing can be changed, and what you see may be out of date.',
         '<b>The connection to the server was lost</b> (%1). Cohort Planner connects again by itself every %Ln seconds; until then nothing can be changed, and what you see may be out of date.'),
})


ZH.update({
    ('For a plan on a server, check out a copy (File ▸ Check Out for Offline Work) to do this', None):
        '服务器上的计划需先检出副本（文件 ▸ 检出以离线工作）才能执行此操作',
    ('Checked out from %1. File ▸ Synchronise with Server sends your changes there.', None):
        '检出自 %1。“文件 ▸ 与服务器同步”会把您的更改发送到服务器。',
    ('Chec&k Out for Offline Work…', None): '检出以离线工作(&K)…',
    ('Copy the server plan into a plan file to work on without the server; synchronise it when you are back', None):
        '把服务器上的计划复制为计划文件，无需服务器即可工作；回来后再同步',
    ('S&ynchronise with Server…', None): '与服务器同步(&Y)…',
    ("Send the changes made in this checkout to its server and receive everyone else's", None):
        '把在此检出副本中所做的更改发送到服务器，并接收其他人的更改',
    ('Check Out for Offline Work', None): '检出以离线工作',
    ('Copying the plan from the server…', None): '正在从服务器复制计划…',
    ('Cannot check the plan out', None): '无法检出计划',
    ('Checked Out', None): '已检出',
    ('The open plan is not on a server.', None): '打开的计划不在服务器上。',
    ('The open plan was not checked out from a server.', None): '打开的计划不是从服务器检出的。',
    ('The plan is open read-only: open it for editing to synchronise it.', None):
        '计划以只读方式打开：请以编辑方式打开后再同步。',
    ("the copy of the server's rows kept in the plan is missing or damaged: check the plan out again", None):
        '计划中保存的服务器数据副本缺失或已损坏：请重新检出计划',
    ('%1 gave no site number for the checkout: %2', None): '%1 未为此次检出分配站点编号：%2',
    ('Another record on the server already has this: %1', None): '服务器上已有另一条记录使用此值：%1',
    ('It refers to a record the server no longer has, or one that the server has refers to it: %1', None):
        '它引用了服务器上已不存在的记录，或服务器上有记录引用了它：%1',
    ('You may not change this on the server: %1', None): '您无权在服务器上更改此项：%1',
    ('The server refused it: %1', None): '服务器拒绝了它：%1',
    ('You may not change this record on the server', None): '您无权在服务器上更改此记录',
    ('You changed it; someone deleted it on the server meanwhile.', None): '您更改了它；与此同时有人在服务器上删除了它。',
    ('You and someone on the server both changed it.', None): '您和服务器上的其他人都更改了它。',
    ('You may not delete this record on the server', None): '您无权在服务器上删除此记录',
    ('You deleted it; on the server it has records added since, which would go with it: %1', None):
        '您删除了它；但服务器上此后为它新增了记录，删除会一并删去：%1',
    ('You deleted it; someone changed it on the server meanwhile.', None): '您删除了它；与此同时有人在服务器上更改了它。',
    ('Could not bring a record of %1 up to date: %2', None): '无法更新 %1 中的一条记录：%2',
    ('This plan was not checked out from a server: there is nothing to synchronise', None):
        '此计划不是从服务器检出的：没有可同步的内容',
    ('Could not read what the plan was checked out as: %1', None): '无法读取计划检出时的内容：%1',
    ("the plan's rules", None): '计划规则',
    ('The server took the changes, but the plan file could not be brought up to date: %1. Synchronise again: what was sent is recognised and not sent twice.', None):
        '服务器已接收更改，但计划文件未能更新：%1。请再次同步：已发送的内容会被识别，不会重复发送。',
    ('Nothing was synchronised: %1', None): '未同步任何内容：%1',
    ('“%1” was not checked out from a server: there is nothing to synchronise', None):
        '“%1”不是从服务器检出的：没有可同步的内容',
    ('SQLite could not copy the plan into memory: %1', None): 'SQLite 无法把计划复制到内存：%1',
    ('Could not compare the table %1: %2', None): '无法比较表 %1：%2',
    ('SQLite could not read its own changeset', None): 'SQLite 无法读取自身生成的变更集',
    ('Changed here and on the server', None): '本地和服务器上都已更改',
    ('Changed here, deleted on the server', None): '本地已更改，服务器上已删除',
    ('Deleted here, changed on the server', None): '本地已删除，服务器上已更改',
    ('Deleted here, used on the server', None): '本地已删除，服务器上仍在使用',
    ('Same name or code as another record', None): '与另一条记录的名称或编号相同',
    ('Refers to a record that is gone', None): '引用的记录已不存在',
    ('Not yours to change', None): '无权更改',
    ('Refused by the server', None): '被服务器拒绝',
    ("Breaks the plan's rules", None): '违反计划规则',
    ('Keep All &Mine', None): '全部保留我的(&M)',
    ('Keep All &Theirs', None): '全部保留对方的(&T)',
    ('&Synchronise', None): '同步(&S)',
    ('Close', None): '关闭',
    ('Synchronise with Server', None): '与服务器同步',
    ('if the server asks for one', None): '服务器要求时填写',
    ('What happened', None): '发生了什么',
    ('Keep', None): '保留',
    ('When checked out', None): '检出时',
    ('Mine', None): '我的',
    ('Theirs', None): '对方的',
    ('Login:', None): '登录名：',
    ('This plan was not checked out from a server.', None): '此计划不是从服务器检出的。',
    ('Checked out from %1 on %2.', None): '于 %2 检出自 %1。',
    ('Districts: %1.', None): '区：%1。',
    ('Last synchronised on %1.', None): '上次同步于 %1。',
    ('No change made here waits to be sent.', None): '本地没有待发送的更改。',
    ('Synchronising with %1…', None): '正在与 %1 同步…',
    ("Done: sent %1, kept the server's version of %2, received %3 change(s) made by others. The plan is up to date with the server.", None):
        '完成：发送 %1 项，保留服务器版本 %2 项，接收他人的更改 %3 项。计划已与服务器一致。',
    ('&Synchronise Again', None): '再次同步(&S)',
    ('Choose…', None): '请选择…',
    ('The server refused an entry of the History: %1', None): '服务器拒绝了一条历史记录：%1',
})
NUMERUS.update({
    '%n change(s) made here cannot be sent: you may only read the plan on %1':
        ('本地的 %n 项更改无法发送：您在 %1 上只能查看计划',
         '%n change made here cannot be sent: you may only read the plan on %1',
         '%n changes made here cannot be sent: you may only read the plan on %1'),
    'not enough memory for a copy of %n bytes':
        ('内存不足，无法复制 %n 字节',
         'not enough memory for a copy of %n byte',
         'not enough memory for a copy of %n bytes'),
    '%n change(s) made here wait to be sent.':
        ('本地有 %n 项更改待发送。',
         '%n change made here waits to be sent.',
         '%n changes made here wait to be sent.'),
    "Nothing was sent: %n record(s) were changed both here and on the server, or cannot be sent as they are. Choose which version to keep for each, then synchronise again. A conflict that cannot keep yours needs the plan mended here first (or the server's version).":
        ('未发送任何内容：有 %n 条记录在本地和服务器上都被更改，或无法按原样发送。请为每条记录选择保留哪个版本，然后再次同步。无法保留您的版本的冲突，需要先在本地修正计划（或保留服务器的版本）。',
         "Nothing was sent: %n record was changed both here and on the server, or cannot be sent as it is. Choose which version to keep, then synchronise again. A conflict that cannot keep yours needs the plan mended here first (or the server's version).",
         "Nothing was sent: %n records were changed both here and on the server, or cannot be sent as they are. Choose which version to keep for each, then synchronise again. A conflict that cannot keep yours needs the plan mended here first (or the server's version)."),
    "The plan is copied into %1 (%n record(s)). Work on it anywhere, then choose File ▸ Synchronise with Server to send your changes and receive everyone else's. Open the copy now?":
        ('计划已复制到 %1（%n 条记录）。您可以在任何地方处理它，然后选择“文件 ▸ 与服务器同步”发送您的更改并接收其他人的更改。现在打开副本吗？',
         "The plan is copied into %1 (%n record). Work on it anywhere, then choose File ▸ Synchronise with Server to send your changes and receive everyone else's. Open the copy now?",
         "The plan is copied into %1 (%n records). Work on it anywhere, then choose File ▸ Synchronise with Server to send your changes and receive everyone else's. Open the copy now?"),
})

ZH.update({
    ('This computer has no keychain service running (%1), so the password cannot be kept: it is asked for each time.', None):
        '本机没有运行钥匙串服务（%1），因此无法保存密码：每次都会询问。',
    ('The system keychain refused access (%1).', None): '系统钥匙串拒绝访问（%1）。',
    ('The system keychain failed: %1', None): '系统钥匙串出错：%1',
    ("Re&member the password in this computer's keychain", None): '在本机钥匙串中记住密码(&M)',
    ('The system keychain keeps it (GNOME Keyring, KWallet or the Windows Credential Manager), never a file. Untick to forget a password kept before.', None):
        '由系统钥匙串（GNOME 密钥环、KWallet 或 Windows 凭据管理器）保存，从不写入文件。取消勾选即可忘记之前保存的密码。',
    ('kept in the system keychain', None): '保存在系统钥匙串中',
    ('The password was not kept: %1', None): '密码未保存：%1',
    ('Someone else changed the sessions of cohort %1 after the timeline showed them, so nothing was changed. The timeline now shows them as they are: drag again if it still applies.', None):
        '在时间线显示之后，其他人更改了班级 %1 的课次，因此未做任何更改。时间线现在显示的是当前的课次：如仍需要，请再次拖动。',
    ('Someone else removed the enrollment of %1 after the roster showed it, so nothing was changed. The roster now shows the cohort as it is.', None):
        '在名册显示之后，其他人删除了 %1 的报名，因此未做任何更改。名册现在显示的是班级的当前状态。',
    ('Someone else changed the enrollment of %1 after the roster showed it, so nothing was changed. The roster now shows it as it is: do it again if it still applies.', None):
        '在名册显示之后，其他人更改了 %1 的报名，因此未做任何更改。名册现在显示的是当前状态：如仍需要，请再做一次。',
})

ZH.update({
    ('Course preference', None): '课程意愿',
    ('Session', None): '课次',
    ('Assignment', None): '讲师安排',
    ('Enrollment', None): '报名',
    ('Work calendar day', None): '工作日历日',
    ('History entry', None): '历史记录条目',
    ('Exported calendar', None): '已导出的日历',
    ('Plan fact', None): '计划信息',
})

ZH.update({
    ('Someone else deleted the record %1 of %2 after you read it, so your change was not written. Look at the plan as it is now, then make your change again.', None):
        '在您读取之后，别人删除了 %2 的记录 %1，因此您的更改没有写入。请先查看计划现在的样子，再重新进行您的更改。',
})

ZH.update({
    ('The plan at %1 has the older format %2. Its owner upgrades it to format %3, for the whole team at once, with cohortplanner-cli server-upgrade %1', None):
        '%1 上的计划为较旧的格式 %2。计划的所有者可用 cohortplanner-cli server-upgrade %1 将其升级到格式 %3，整个团队一次完成。',
    ("%1 holds no Cohort Planner plan (the database is empty or another application's)", None):
        '%1 中没有培训班规划计划（数据库为空或属于其他应用）',
    ("The plan at %1 has format %2, newer than this program's %3: update Cohort Planner", None):
        '%1 上的计划格式为 %2，比本程序的 %3 更新：请更新培训班规划',
    ('This program cannot upgrade server plans from format %1: the step “%2” has no server form. Nothing was changed.', None):
        '本程序无法从格式 %1 升级服务器计划：步骤“%2”没有服务器版本。未做任何更改。',
    ('This program has no steps from format %1 to %2. Nothing was changed.', None):
        '本程序没有从格式 %1 到 %2 的升级步骤。未做任何更改。',
    ('Nothing was changed on %1: %2 (a server plan is upgraded by its owner, who pushed it)', None):
        '%1 上未做任何更改：%2（服务器计划由推送它的所有者升级）',
})

ZH.update({
    ("Nothing was erased: on a server plan, personal data is erased by the plan's owner (who pushed it), since the History and the change log keep copies of it: cohortplanner-cli person URL --id-number N --erase, as the owner. (%1)", None):
        '未删除任何内容：服务器计划中的个人数据由计划的所有者（推送它的人）删除，因为操作记录和变更日志中保存着其副本：请以所有者身份运行 cohortplanner-cli person URL --id-number N --erase。（%1）',
})

ZH.update({
    ('The record %1 of %2 was deleted by someone else after you read it, or the server does not let you change it (it belongs to another district), so your change was not written.', None):
        '在您读取之后，%2 的记录 %1 已被别人删除，或者服务器不允许您更改它（它属于其他区），因此您的更改没有写入。',
})

# Where one English word needs different Chinese in one place: (context, source).
ZH_IN_CONTEXT = {
    ('Planner::CalendarTableModel', 'Name'): '名称',
    ('Planner::CalendarTableModel', 'Chinese name'): '中文名称',
}


def fill_context(context_element, context, chinese, missing):
    for message in context_element.iter('message'):
        source = message.find('source').text
        comment = message.find('comment')
        key = (source, comment.text if comment is not None else None)
        translation = message.find('translation')
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        translation.attrib.pop('type', None)
        if message.get('numerus') == 'yes':
            forms = NUMERUS.get(source)
            if not forms:
                missing.append(source)
                translation.set('type', 'unfinished')
                continue
            for text in (forms[:1] if chinese else forms[1:]):
                ET.SubElement(translation, 'numerusform').text = text
        elif chinese:
            text = ZH_IN_CONTEXT.get((context, source)) or ZH.get(key) or ZH.get((source, None))
            if text is None:
                missing.append(source)
                translation.set('type', 'unfinished')
            else:
                translation.text = text
        else:
            translation.set('type', 'unfinished')  # English source text is used as is


root = Path(__file__).resolve().parent.parent / 'resources' / 'translations'
missing = fill(root / 'cohortplanner_zh_CN.ts', True)
fill(root / 'cohortplanner_en.ts', False)
for m in missing:
    print('untranslated:', m, file=sys.stderr)
sys.exit(1 if missing else 0)
