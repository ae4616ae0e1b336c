<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Ics</name>
    <message>
        <source>Online</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>That changes nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The course was deleted meanwhile; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::AssignDialog</name>
    <message>
        <source>Rea&amp;son for assigning despite the warnings:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assign an instructor to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instructor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teaching days (week · month · year)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. agreed with the instructor and their manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Best first: free and qualified, then fewest warnings, the least loaded, and those living in the venue's district. Blocked instructors cannot be assigned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Free and qualified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1/%2 · %3/%4 · %5/%6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days already booked in the week, month and year of the cohort's first session, against the instructor's limits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lives nearby</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No rule objects: qualified, free and under the limits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an instructor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be assigned: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 can be assigned with a reason: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is qualified, free on every session date and under their limits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rea&amp;son for this assignment:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::AssignmentChangeModel</name>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::AssignmentSolver</name>
    <message>
        <source>lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>assistant</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 (and %n more like it)</source>
        <translation><numerusform>%1 (and %Ln more like it)</numerusform><numerusform>%1 (and %Ln more like it)</numerusform></translation>
    </message>
    <message>
        <source>%1 can no longer teach %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 had no %2; %3 is free and qualified.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody can take %1 as %2 without breaking a rule.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A better balance of load, travel and preferences than keeping %1, worth more than the cost of the change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staffed afresh: %1 fits the balance of load, travel and preferences better.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>already teaches this cohort in another role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>free, but taking this cohort would leave a more important one unstaffed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort %1 has no course, so no instructor can be judged qualified.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort %1 needs a %2 but no instructor is qualified for %3.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Cohort %1 needs a %2; %n qualified instructor(s), none free: %3 (and %4 more)</source>
        <translation><numerusform>Cohort %1 needs a %2; %Ln qualified instructor, not free: %3 (and %4 more)</numerusform><numerusform>Cohort %1 needs a %2; %Ln qualified instructors, none free: %3 (and %4 more)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Cohort %1 needs a %2; %n qualified instructor(s), none free: %3</source>
        <translation><numerusform>Cohort %1 needs a %2; %Ln qualified instructor, not free: %3</numerusform><numerusform>Cohort %1 needs a %2; %Ln qualified instructors, none free: %3</numerusform></translation>
    </message>
</context>
<context>
    <name>Planner::AssumptionTableModel</name>
    <message>
        <source>Track or course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seats
taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No-
shows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comp-
letion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certi-
fied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rates from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of a cohort's seats that are taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of those holding a seat who never start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of those who start who complete the course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of those who complete who are certified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>as its track: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from %1 actuals: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the documented default: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set in the plan. Clear the cell to go back to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 actuals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>defaults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a percentage.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n rate(s) set for the course</source>
        <translation><numerusform>%Ln rate set for the course</numerusform><numerusform>%Ln rates set for the course</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n rate(s) set in the plan</source>
        <translation><numerusform>%1, %Ln rate set in the plan</numerusform><numerusform>%1, %Ln rates set in the plan</numerusform></translation>
    </message>
    <message>
        <source>Share of
new cohorts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A course's share of its track's new cohorts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set in the plan. Clear the cell to share what the other courses leave as the track ran before.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As the track ran before: %1 of its new cohorts.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::AuditLabels</name>
    <message>
        <source>Tracks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Venues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instructors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qualifications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohorts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assignments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trainees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enrollments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instructor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trainee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chinese title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours a day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default capacity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qualification needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekdays</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Times of day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Promoted from the waitlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Because of the withdrawal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Because the capacity grew to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for overriding a warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported calendars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan facts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shown in full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erased</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>included in full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>masked</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation><numerusform>%Ln entry</numerusform><numerusform>%Ln entries</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation><numerusform>%Ln row</numerusform><numerusform>%Ln rows</numerusform></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2): %3: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day rates by level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fixed costs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rent per day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Licence per seat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exam fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made the plan from the scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup of the plan before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qualification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course preference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enrollment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work calendar day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fixed cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan fact</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::AuditTableModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upgraded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revealed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erased</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::AutoAssignDialog</name>
    <message>
        <source>Auto-assign Instructors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohorts to staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All cohorts not yet completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A track:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cohorts selected on the Cohorts page (none now)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The %n cohort(s) selected on the Cohorts page</source>
        <translation><numerusform>The %Ln cohort selected on the Cohorts page</numerusform><numerusform>The %Ln cohorts selected on the Cohorts page</numerusform></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no assistants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> seats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assistant for cohorts above:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-plan: keep current assignments unless a change is worth its cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time budget:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Solve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop (keep best)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unstaffed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days needed and available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Apply Ticked Changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the plan: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Solving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped early: this is the best found so far.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 of %2 cohorts have a lead; %3 of %4 roles staffed; %n change(s) proposed.</source>
        <translation><numerusform>%1 of %2 cohorts have a lead; %3 of %4 roles staffed; %Ln change proposed.</numerusform><numerusform>%1 of %2 cohorts have a lead; %3 of %4 roles staffed; %Ln changes proposed.</numerusform></translation>
    </message>
    <message>
        <source>Every cohort in scope is staffed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 instructor-days needed, %3 available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unstaffed (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Auto-assign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a change to read why it is proposed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2: %3 → %4. %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Best so far: cost %1 · at most %2 % from the best possible · %3 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How far from the best possible: not at all, this is the best possible (proven).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How far from the best possible: at most %1 % (cost %2 of what can be decided; the best possible is at least %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roles no instructor can take: %1 (fixed cost %2).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>No instructor is qualified for the course (%n role(s)):</source>
        <translation><numerusform>No instructor is qualified for the course (%Ln role):</numerusform><numerusform>No instructor is qualified for the course (%Ln roles):</numerusform></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Qualified instructors exist, but none is free (%n role(s)):</source>
        <translation><numerusform>Qualified instructors exist, but none is free (%Ln role):</numerusform><numerusform>Qualified instructors exist, but none is free (%Ln roles):</numerusform></translation>
    </message>
    <message>
        <source>%1 needs a %2 (%3):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohorts without a course, so nobody can be judged qualified: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep as My Defaults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start Auto-assign with these costs from now on (also in Edit ▸ Preferences)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept as your defaults</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::AutoAssignRun</name>
    <message>
        <source>These changes only work together with some you left out: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Auto-assign %n change(s)</source>
        <translation><numerusform>Auto-assign %Ln change</numerusform><numerusform>Auto-assign %Ln changes</numerusform></translation>
    </message>
</context>
<context>
    <name>Planner::BackupListModel</name>
    <message>
        <source>Taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Occasion</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::BackupStore</name>
    <message>
        <source>the current file could not be kept as “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>While editing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before upgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No backup of “%1” was made: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the plan fails its integrity check (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the folder “%1” cannot be created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot restore “%1” from the backup of %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the plan is open for editing in another Cohort Planner (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the backup fails its integrity check (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot delete the backup “%1”: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::BudgetChart</name>
    <message>
        <source>Spending through the year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>spending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spent (cumulative)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Million yuan</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::BudgetPage</name>
    <message>
        <source>&amp;Add Fixed Cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost of each cohort</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n cohort(s) with a day in the year; italic: no lead yet</source>
        <translation><numerusform>%Ln cohort with a day in the year; italic: no lead yet</numerusform><numerusform>%Ln cohorts with a day in the year; italic: no lead yet</numerusform></translation>
    </message>
    <message>
        <source>Day rates by level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An instructor is paid the rate of the highest level they are qualified for, unless the Instructors page gives them their own. Grey: the default.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fixed costs of the year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the programme pays whatever its cohorts, spread evenly over the year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rates and fixed costs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: budget &lt;b&gt;%2&lt;/b&gt; · spent by %3 &lt;b&gt;%4&lt;/b&gt; · forecast at the year end &lt;b&gt;%5&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;&lt;span style="color:#c0392b"&gt;%1 over budget&lt;/span&gt;&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per trainee completing: &lt;b&gt;%1&lt;/b&gt; · per certificate: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none expected</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n cohort(s) have no lead yet: each is costed with one at its course level's day rate.</source>
        <translation><numerusform>%Ln cohort has no lead yet: it is costed with one at its course level's day rate.</numerusform><numerusform>%Ln cohorts have no lead yet: each is costed with one at its course level's day rate.</numerusform></translation>
    </message>
    <message>
        <source>No track has a budget for %1: type one in the Budget column.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::CalendarCsv</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the header must start with the columns date,kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected at least the columns date and kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a date (expected YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” must be holiday or workday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a weekday; only a weekend day can be a make-up working day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::CalendarTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chinese name</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::CapacityChart</name>
    <message>
        <source>Tracks against their targets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forecast for the year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trainees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tracks</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::CapacityPage</name>
    <message>
        <source>New Planning &amp;Year…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Generate Draft…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start next year from this year's targets: what lapses, what is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lay the cohorts the year still needs onto its working days, as a draft you can undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Targets &amp; Capacity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target
trained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reachable
trained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target
certified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reachable
certified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohorts
planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New cohorts
needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New cohorts
possible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rates from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New cohorts
to start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New cohorts
in the plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instructor-days
needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instructor-days
available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Venue slot-days
needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Venue slot-days
available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is short, and what would close it:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working out what the targets need…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan has no work calendar for %1: its working days are counted as Monday to Friday, and its public holidays are unknown. &lt;a href="import"&gt;Import Work Calendar…&lt;/a&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Use New Planning Year… to give %2 its targets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every target of %1 can be reached with the plan's instructors, venues and calendar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not every target of %1 can be reached: %2 of the target at most.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rates of completion and certification from each track's cohorts of %1 where it has enough of them, else the defaults.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rates of completion and certification: the defaults (no year before with enough cohorts).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(The search stopped at its limit: the figures are the best plan found.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 actuals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>defaults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seats taken %1 %, no-shows %2 %, completion %3 %, certification %4 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is short.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing the plan could change is short.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What becomes of a seat, per track and course. Grey figures come from the year before's actuals or the defaults: type a percentage to set one in the plan, clear it to go back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assumptions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the plan</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1, %n rate(s) set in the plan</source>
        <translation><numerusform>%1, %Ln rate set in the plan</numerusform><numerusform>%1, %Ln rates set in the plan</numerusform></translation>
    </message>
</context>
<context>
    <name>Planner::CapacityPlanner</name>
    <message>
        <source>%1 %2</source>
        <comment>course level, track</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 assistants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 leads</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n more qualified assistant(s) for %1 in %2</source>
        <translation><numerusform>%Ln more qualified assistant for %1 in %2</numerusform><numerusform>%Ln more qualified assistants for %1 in %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n more qualified lead(s) for %1 in %2</source>
        <translation><numerusform>%Ln more qualified lead for %1 in %2</numerusform><numerusform>%Ln more qualified leads for %1 in %2</numerusform></translation>
    </message>
    <message>
        <source>%1: need %2 instructor-days in %3, have %4 → %5 % of the %6 target reachable; remedy: %7.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seasonal profile of %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>move %n cohort(s) to %1</source>
        <translation><numerusform>move %Ln cohort to %1</numerusform><numerusform>move %Ln cohorts to %1</numerusform></translation>
    </message>
    <message>
        <source>%1: need %2 cohorts in %3, have %4 → %5 % of the %6 target reachable; remedy: %7, which reaches %8 %.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>venues with %1 seats</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n more venue(s) with %1 seats in %2</source>
        <translation><numerusform>%Ln more venue with %1 seats in %2</numerusform><numerusform>%Ln more venues with %1 seats in %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n more venue(s) with %1 seats in %2, %3</source>
        <translation><numerusform>%Ln more venue with %1 seats in %2, %3</numerusform><numerusform>%Ln more venues with %1 seats in %2, %3</numerusform></translation>
    </message>
    <message>
        <source>%1: need %2 slot-days in %3, have %4 → %5 % of the %6 target reachable; remedy: %7.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>leads for planned cohorts</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n more qualified lead(s)</source>
        <translation><numerusform>%Ln more qualified lead</numerusform><numerusform>%Ln more qualified leads</numerusform></translation>
    </message>
    <message>
        <source>%1: need %2 instructor-days, have %3; remedy: %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The capacity model could not be solved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fill rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no-show rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>completion rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>certification pass rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 of %2 is %3; a rate lies between 0 and 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead instructors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assistant instructors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Venue seats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is no year to plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A target of %1 names a track that is not in the plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 target of %2 is negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no targets for %1: set how many engineers each track is to train.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the default assumptions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>track %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>course %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course %1 has %2 teaching days; a course has at least one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course %1 has %2 seats; a cohort has at least one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With the rates for %1 nobody completes a cohort: the fill and completion rates must be above 0 and the no-show rate below 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has a target for %2 but no course to train it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The share of %1 in the course mix is %2; a share is 0 or more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The course mix gives no course of %1 a share.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The seasonal profile's weight for %1 is %2; a weight is 0 or more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The seasonal profile gives every month a weight of 0: no cohort could run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A blackout needs a first and a last date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The blackout %1 ends on %2, before it starts on %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>without a reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cohort size above which an assistant is needed is negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The search needs at least one node.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::Cells</name>
    <message>
        <source>(erased)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an amount in whole yuan.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::CertifyDialog</name>
    <message>
        <source>Certify Trainees</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Certify %n completed trainee(s) of %1.</source>
        <translation><numerusform>Certify %Ln completed trainee of %1.</numerusform><numerusform>Certify %Ln completed trainees of %1.</numerusform></translation>
    </message>
    <message>
        <source>&amp;Level for the track:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certified &amp;on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Certify</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::ChartRenderer</name>
    <message>
        <source>unknown chart kind “%1” (choose one of: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the plan has no targets or cohorts in %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::ChartStyle</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <extracomment>Chart tooltip: %1 series name, %2 the point's key (a month, a year), %3 its value</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot export the chart to %1: the size %2×%3 is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot export the chart to %1: the file type is unknown. Name the file with .png, .svg or .pdf at the end.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the chart to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the chart to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export chart…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::ChartWidget</name>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::CohortCostModel</name>
    <message>
        <source>Cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instructors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Materials &amp; exams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spent to date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The day rates of its instructors on its teaching days; italic: no lead yet, one is costed at its course level's rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The venue's rent on its teaching days, or online a licence per trainee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The whole cohort, also days outside the year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No lead yet: one is costed at the course level's day rate.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::CohortDialog</name>
    <message>
        <source>&amp;Course:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;apacity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instructors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason for accepting the warnings:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give a reason for accepting: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is %2: an instructor assigned now changes the record of who taught it. Give a reason, kept in the History.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::CohortFactory</name>
    <message>
        <source>The first session, %1, is before today: this places a cohort in the past.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan has no work calendar for %1: its public holidays are unknown and sessions are laid on weekdays only. Import the official calendar first (File ▸ Import Work Calendar…).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::CohortInstructorsEditor</name>
    <message>
        <source>A&amp;dd instructor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;move instructor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instructor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Automatic assignment keeps a locked instructor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instructors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ass&amp;ign…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose from the instructors ranked by who is qualified, free and under their limits</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::CohortTableModel</name>
    <message>
        <source>Cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waitlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead instructor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n conflict(s). %1</source>
        <translation><numerusform>%Ln conflict. %1</numerusform><numerusform>%Ln conflicts. %1</numerusform></translation>
    </message>
    <message>
        <source>None (online)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::CompareDialog</name>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export Changes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare Scenarios of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare (two to four):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scenario-changes-%1.xlsx</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved the changes as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan has no scenario yet: create one in File ▸ Scenarios… first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick two to four to compare.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Reading %n scenario(s)…</source>
        <translation><numerusform>Reading %Ln scenario…</numerusform><numerusform>Reading %Ln scenarios…</numerusform></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 as of %2: %n change(s) of cohorts against the first.</source>
        <translation><numerusform>%1 as of %2: %Ln change of cohorts against the first.</numerusform><numerusform>%1 as of %2: %Ln changes of cohorts against the first.</numerusform></translation>
    </message>
</context>
<context>
    <name>Planner::ComparisonChangesModel</name>
    <message>
        <source>Added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restaffed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::ComparisonFiguresModel</name>
    <message>
        <source>Target: trainees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target: certified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reachable: trainees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reachable: certified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seats still to come</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trained, forecast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certified, forecast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instructor utilisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohorts without a lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blocking conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost, forecast at year end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost per certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: trained, forecast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 more than %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 less than %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::ConflictDialog</name>
    <message>
        <source>Keep &amp;Their Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make &amp;My Change Over Theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone else changed %1 after you opened it, so it was not deleted. Keep their version, or delete it as it is now?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone else changed %1 after you opened it, so your change was not written over theirs. Keep their version, or make your change over it? The fields you changed then get your values; the others keep theirs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete It Anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theirs, now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::ConflictEngine</name>
    <message>
        <source>morning</source>
        <comment>session slot inside a sentence</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>afternoon</source>
        <comment>session slot inside a sentence</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>evening</source>
        <comment>session slot inside a sentence</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instructor double-booked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not qualified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qualification lapsed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On leave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Over weekly limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Over monthly limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Over yearly limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Venue double-booked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Venue too small</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Non-working day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No lead instructor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Over capacity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Off</source>
        <comment>conflict severity</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warn</source>
        <comment>conflict severity</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Block</source>
        <comment>conflict severity</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instructor #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#%1</source>
        <comment>cohort without a code</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is booked twice on %2 (%3): cohorts %4 and %5.</source>
        <comment>instructor double-booked</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is booked twice on %2 (%3): cohorts %4 and %5.</source>
        <comment>venue double-booked</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <comment>course code (track, level)</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds no qualification for %2 but is assigned to cohort %3, starting %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds no qualification for %2 but is assigned to cohort %3.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The qualification of %1 for %2 expired after %3: cohort %4 has %n session date(s) without a valid qualification, the first on %5.</source>
        <translation><numerusform>The qualification of %1 for %2 expired after %3: cohort %4 has %Ln session date without a valid qualification, on %5.</numerusform><numerusform>The qualification of %1 for %2 expired after %3: cohort %4 has %Ln session dates without a valid qualification, the first on %5.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The qualification of %1 for %2 is valid only from %3: cohort %4 has %n session date(s) without a valid qualification, the first on %5.</source>
        <translation><numerusform>The qualification of %1 for %2 is valid only from %3: cohort %4 has %Ln session date without a valid qualification, on %5.</numerusform><numerusform>The qualification of %1 for %2 is valid only from %3: cohort %4 has %Ln session dates without a valid qualification, the first on %5.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 is on leave from %2 to %3 but teaches cohort %4 on %n date(s) then, the first on %5.</source>
        <translation><numerusform>%1 is on leave from %2 to %3 but teaches cohort %4 on %Ln date then, on %5.</numerusform><numerusform>%1 is on leave from %2 to %3 but teaches cohort %4 on %Ln dates then, the first on %5.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 is on leave from %2 to %3 (%4) but teaches cohort %5 on %n date(s) then, the first on %6.</source>
        <translation><numerusform>%1 is on leave from %2 to %3 (%4) but teaches cohort %5 on %Ln date then, on %6.</numerusform><numerusform>%1 is on leave from %2 to %3 (%4) but teaches cohort %5 on %Ln dates then, the first on %6.</numerusform></translation>
    </message>
    <message>
        <source>%1 has %2 teaching days in the week of %3 (week %4 of %5), limit %6.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has %2 teaching days in %3, limit %4.</source>
        <comment>month</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has %2 teaching days in %3, limit %4.</source>
        <comment>year</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort %1 has %2 seats but venue %3 holds only %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort %1 has a session on %2 (%3), which is not a working day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort %1 has no lead instructor; it starts on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort %1 has no lead instructor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort %1 has %2 trainees holding seats but a capacity of %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No work calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort %1 has sessions in %2 from %3, but the plan has no work calendar for %2: public holidays and make-up working days are unknown. Import it with File ▸ Import Work Calendar.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::ConflictModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instructor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::CourseTableModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chinese title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours/day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default seats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qualification awarded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohorts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mon–Fri</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session pattern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exam fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What each trainee's materials cost, paid on the cohort's first day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The exam fee per trainee, paid on the cohort's last day</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::CsvReader</name>
    <message>
        <source>line %1: a quote inside an unquoted field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: text after a closing quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::DashboardPage</name>
    <message>
        <source>Plan overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the progress of some tracks only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;District:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save this page as a one-page PDF report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In training now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seats to come</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forecast for the year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By month and track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tracks against targets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instructor utilisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All districts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All tracks</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation><numerusform>%Ln track</numerusform><numerusform>%Ln tracks</numerusform></translation>
    </message>
    <message>
        <source>This plan has no tracks, targets or cohorts for %1 yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress of %1 as of %2. Trained: trainees who completed a cohort that ended in the year; the forecast adds the remaining cohorts at the usual completion rate (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trained, by track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certified, by track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In training now, by track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seats to come, by track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of target: %2 short</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forecast for the year, by track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 of target)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>progress-%1.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot export the dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write “%1”: the file could not be opened for writing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training progress %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved the dashboard as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost of the year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no budget set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Cost of %1, forecast at the year end&lt;/b&gt;: %2&lt;br&gt;Spent by %3: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instructors %1 · venues %2 · materials and exams %3 · fixed %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(Costs are not filtered by district.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Budget page has the details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>¥%1万</source>
        <comment>ten thousand yuan</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>¥%1M</source>
        <comment>a million yuan</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per certificate: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 targeted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in cohorts running now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in cohorts still to finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 over budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of the budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Budget: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::Domain</name>
    <message>
        <source>Foundation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Intermediate</source>
        <comment>course level</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hybrid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open for enrollment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed</source>
        <comment>cohort status</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Morning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Afternoon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waitlisted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed</source>
        <comment>enrollment status</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not certified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Junior</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Intermediate</source>
        <comment>certification level</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Senior</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public holiday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make-up working day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resident ID card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Residence permit (Hong Kong, Macao, Taiwan)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Travel permit (Hong Kong, Macao)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Travel permit (Taiwan)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Foreign permanent resident ID</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::DraftDialog</name>
    <message>
        <source>&amp;Staff the draft with instructors (automatic assignment)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate Draft of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lays the cohorts %1 still needs onto its working days as planned cohorts: in the months the capacity analysis gives, never on a non-working day, never in a room that is taken, each with a qualified instructor free for it. The draft is one step you can undo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No cohort starts &amp;before:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seasonal profile: share of new cohorts per month (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blackouts: no new cohort runs in these days (e.g. the Spring Festival)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohorts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected
trained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New cohorts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why they could not be placed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By month and track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not placed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Create Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>blackout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The options changed: preview the draft again before creating it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A blackout ends (%1) before it starts (%2): correct it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The seasonal profile gives no month any new cohort: give at least one month a share.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generated draft of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Laying out and staffing the draft…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Laying out the draft…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n new cohort(s) with %1 seats. With the cohorts already planned, %2 of the %3 trainees to train in %4 are expected to complete.</source>
        <translation><numerusform>%Ln new cohort with %1 seats. With the cohorts already planned, %2 of the %3 trainees to train in %4 are expected to complete.</numerusform><numerusform>%Ln new cohorts with %1 seats. With the cohorts already planned, %2 of the %3 trainees to train in %4 are expected to complete.</numerusform></translation>
    </message>
    <message>
        <source>Staffed: %1 of %2 roles.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n cohort(s) could not be placed: see Not placed.</source>
        <translation><numerusform>%Ln cohort could not be placed: see Not placed.</numerusform><numerusform>%Ln cohorts could not be placed: see Not placed.</numerusform></translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not placed (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::DraftGenerator</name>
    <message>
        <source>before %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is over: a draft is laid out from %2 on, which is past its last day.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>no run of %n teaching day(s) in %1 that stays within the year, outside blackouts and unbroken by a long holiday</source>
        <translation><numerusform>no run of %Ln teaching day in %1 that stays within the year, outside blackouts and unbroken by a long holiday</numerusform><numerusform>no run of %Ln teaching days in %1 that stays within the year, outside blackouts and unbroken by a long holiday</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>no venue with %n seat(s) free on the days of any start</source>
        <translation><numerusform>no venue with %Ln seat free on the days of any start</numerusform><numerusform>no venue with %Ln seats free on the days of any start</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>no venue has %n seat(s)</source>
        <translation><numerusform>no venue has %Ln seat</numerusform><numerusform>no venue has %Ln seats</numerusform></translation>
    </message>
    <message>
        <source>no two qualified instructors free on the days of any start within their limits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no qualified instructor free on the days of any start within their limits</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::EditController</name>
    <message>
        <source>Read-only plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This plan is open read-only; it cannot be changed. Open it again once nobody else has it open to edit it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Instructor…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Cohort…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Trainee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate Series…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create several cohorts of a course, every few weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>This also deletes %n record(s) that depend on it: sessions, assignments, enrollments, qualifications or leave.</source>
        <translation><numerusform>This also deletes %Ln record that depends on it: sessions, assignments, enrollments, qualifications or leave.</numerusform><numerusform>This also deletes %Ln records that depend on it: sessions, assignments, enrollments, qualifications or leave.</numerusform></translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings everything back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enroll Trainees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the trainees to enroll (Ctrl or Shift for several). They take the free seats in the order chosen; the rest go onto the waitlist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enroll in Cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the cohort: a free seat if there is one, else its waitlist. Cohorts whose dates overlap the trainee's other enrollments are refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transfer to Cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the cohort to transfer to: a free seat if there is one, else its waitlist. The seat left behind goes to the first on the old cohort's waitlist.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n draft cohort(s) created in %1: Edit ▸ Undo takes them all back.</source>
        <translation><numerusform>%Ln draft cohort created in %1: Edit ▸ Undo takes it back.</numerusform><numerusform>%Ln draft cohorts created in %1: Edit ▸ Undo takes them all back.</numerusform></translation>
    </message>
    <message>
        <source>Their version is kept: %1 was not changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::EnrollmentRules</name>
    <message>
        <source>Trainee %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the trainees to enroll.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the enrollments to withdraw.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the enrollments to transfer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The enrollment was deleted meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is already in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is %2 in %3: only enrolled or waitlisted trainees can be transferred.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the enrollments to change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is %2 in %3 and cannot be marked %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is on the waitlist of %2: there is no attendance or score to record yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has not completed %2 and cannot be certified.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be certified on %2, before %3 started on %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not on the waitlist of %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n trainee(s) hold seats in %1: the capacity cannot go below that. Withdraw or transfer trainees first.</source>
        <translation><numerusform>%Ln trainee holds a seat in %1: the capacity cannot go below that. Withdraw or transfer the trainee first.</numerusform><numerusform>%Ln trainees hold seats in %1: the capacity cannot go below that. Withdraw or transfer trainees first.</numerusform></translation>
    </message>
    <message>
        <source>%1 is already %2 in %3 (%4 – %5), whose dates overlap %6 (%7 – %8).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 cannot take a seat in %2: all its %n seat(s) are taken. Put them on the waitlist instead.</source>
        <translation><numerusform>%1 cannot take a seat in %2: its only seat is taken. Put them on the waitlist instead.</numerusform><numerusform>%1 cannot take a seat in %2: all its %Ln seats are taken. Put them on the waitlist instead.</numerusform></translation>
    </message>
    <message>
        <source>%1 is %2 in %3 (%4 – %5)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>and %Ln more</numerusform><numerusform>and %Ln more</numerusform></translation>
    </message>
    <message>
        <source>%1 on %2 – %3 would overlap another cohort of its trainees: %4. Withdraw or transfer them first, or choose other dates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is %2: nobody can be enrolled in it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::EnrollmentRules::Work</name>
    <message>
        <source>The enrollment was deleted meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is %2 in %3 and can no longer be withdrawn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cohort was deleted meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is already %2 in %3.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::FieldMarker</name>
    <message>
        <source>Error</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::FilterBar</name>
    <message>
        <source>All tracks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All districts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only the rows of one track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only the rows with one status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only the rows of one district</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only the rows that contain every word typed (Ctrl+F; Escape clears)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only the rows with a date on or after this day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only the rows with a date on or before this day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear every filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All tables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only the changes to one table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only the changes one user made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only the changes to the record with this id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record id</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::FirstSteps</name>
    <message>
        <source>&lt;b&gt;Set up this plan&lt;/b&gt; — a cohort needs a course, a venue (or the online classroom) and instructors qualified for it. Lists you keep in spreadsheets can be imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import from a Spreadsheet…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1. The tracks (AI, big data …) and their courses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Courses &amp; Tracks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2. The venues, with their districts and seats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Venues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3. The instructors and the courses each may teach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instructors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>4. The year's work calendar (public holidays, make-up days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import Work Calendar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>5. The year's target of trainees per track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Planning Year…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>6. The cohorts: one by one, or a draft of the whole year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohorts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Still to do</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::FixSuggester</name>
    <message numerus="yes">
        <source>Make %1 the lead of %2 (qualified and free; %n teaching day(s) booked so far)</source>
        <translation><numerusform>Make %1 the lead of %2 (qualified and free; %Ln teaching day booked so far)</numerusform><numerusform>Make %1 the lead of %2 (qualified and free; %Ln teaching days booked so far)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Replace %1 by %2 in %3 (qualified and free; %n teaching day(s) booked so far)</source>
        <translation><numerusform>Replace %1 by %2 in %3 (qualified and free; %Ln teaching day booked so far)</numerusform><numerusform>Replace %1 by %2 in %3 (qualified and free; %Ln teaching days booked so far)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> — leaves %n warning(s)</source>
        <translation><numerusform> — leaves %Ln warning</numerusform><numerusform> — leaves %Ln warnings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Move %1 %n week(s) later, to start on %2</source>
        <translation><numerusform>Move %1 %Ln week later, to start on %2</numerusform><numerusform>Move %1 %Ln weeks later, to start on %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Move %1 %n week(s) earlier, to start on %2</source>
        <translation><numerusform>Move %1 %Ln week earlier, to start on %2</numerusform><numerusform>Move %1 %Ln weeks earlier, to start on %2</numerusform></translation>
    </message>
    <message>
        <source>Move %1 to %2 (%3, %4 seats), free at all its sessions</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::FixedCostModel</name>
    <message>
        <source>Fixed cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::GoToDialog</name>
    <message>
        <source>Go to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to a cohort, instructor, trainee, course or venue…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a code or a name. ↑↓ to choose, Enter to open, Esc to close.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first %1 found; type more to narrow them.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n found.</source>
        <translation><numerusform>%Ln found.</numerusform><numerusform>%Ln found.</numerusform></translation>
    </message>
</context>
<context>
    <name>Planner::GoToModel</name>
    <message>
        <source>Cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instructor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trainee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::HelpDialog</name>
    <message>
        <source>Cohort Planner User Guide</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::HistoryPage</name>
    <message>
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n change(s), newest first: who changed what, and when</source>
        <translation><numerusform>%Ln change, newest first: who changed what, and when</numerusform><numerusform>%Ln changes, newest first: who changed what, and when</numerusform></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the changes shown (with the filters applied) as a CSV file for a spreadsheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a change to see it field by field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>history.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot export the history</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Saved %n change(s) to %1.</source>
        <translation><numerusform>Saved %Ln change to %1.</numerusform><numerusform>Saved %Ln changes to %1.</numerusform></translation>
    </message>
    <message>
        <source>%1, by %2 on %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 %3, by %4 on %5</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::Ics</name>
    <message>
        <source>The file is not an iCalendar file: it holds no VCALENDAR.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::IcsExport</name>
    <message>
        <source>The instructor was deleted meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead instructor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assistant instructor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teaching: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cohort was deleted meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no instructor with the code “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no cohort with the code “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The venue was deleted meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bookings: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seats: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead instructor: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no venue named “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The calendar was not written: the plan could not remember what it said (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no such calendar.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::IdentityDocument</name>
    <message>
        <source>X may only be the last character</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>X may only be the last character of an 18-character number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a digit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the last character should be a digit or X, not “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the check character should be %1, not %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the birth date %1 is not a date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the birth date %1 is before 1900</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the birth date %1 is in the future</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is the region code of a residence permit, not of a resident ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the region code %1 is not a mainland province</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a resident ID has 18 characters (15 digits on a first-generation card); this one has %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a residence permit number has 18 characters; this one has %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a residence permit number starts with 810000, 820000 or 830000, not %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the number starts with H (Hong Kong) or M (Macao), not “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is followed by 8 digits (10 on older cards), not %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only an older card's 10 digits are followed by a letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a Taiwan travel permit has 8 digits (10 on older cards); this one has %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a passport number has letters A to Z and digits only, not “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a passport number has 5 to 20 letters and digits; this one has %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a passport number has at least one digit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the first 3 characters should be letters (the nationality), not %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an 18-character card number starts with 9, not “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a foreign permanent resident ID has 15 characters (2017 card) or 18 (2023 card); this one has %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no number</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::ImportProblemModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::ImportRules</name>
    <message>
        <source>Trainees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enrollments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instructors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qualifications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohorts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duplicate: %1 is already on line %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a date (expected YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” must be a whole number from %2 to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” must be one of: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown trainee: no trainee has the id number %1 (import the trainees first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown cohort code %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an attendance rate (0 to 1, or 0% to 100%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a score from 0 to 100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown instructor code %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give either a course code or a track, not both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown course code %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown track %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>leave of %1 from %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown venue %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a cohort that is not online needs a venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a public holiday (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a weekday; only a weekend day can be a make-up working day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instructor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waitlist position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enrolled on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certified on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Home district</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Max days a week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Max days a month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Max days a year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time of day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chinese name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the empty cell clears the stored value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a document type (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 (for another document, give its type in a document type column, 证件类型)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the ID number %1 is masked: the file was exported without ID numbers. Export it again with the ID numbers included to import it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has a free seat, so %2 need not wait for one: import them as enrolled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::ImportWizard</name>
    <message>
        <source>Required columns: %1. Optional: %2. Headers may also be in Chinese (for example 姓名 for name).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A CSV file (UTF-8 or GB18030, separated by commas, semicolons or tabs) or an Excel workbook (.xlsx, its first sheet).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Holds:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The encoding and delimiter were detected. If names look garbled or rows are not split into columns, choose others.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GB18030 (Chinese Windows)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An Excel workbook: its first sheet is read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Read as %1, columns separated by %2: %n column(s).</source>
        <translation><numerusform>Read as %1, columns separated by %2: %Ln column.</numerusform><numerusform>Read as %1, columns separated by %2: %Ln columns.</numerusform></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a column for: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n row(s) checked: </source>
        <translation><numerusform>%Ln row checked: </numerusform><numerusform>%Ln rows checked: </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: </source>
        <translation><numerusform>%Ln row read: </numerusform><numerusform>%Ln rows read: </numerusform></translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check every row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A dry run: nothing is written yet. Fix the file and go back, or import only the rows without problems.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Problems…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skip the rows with problems and import the others</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>problems.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot export the problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No problems.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n row(s) checked.</source>
        <translation><numerusform>%Ln row checked.</numerusform><numerusform>%Ln rows checked.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1 row(s): nothing will be written unless you skip those rows.</source>
        <translation><numerusform>%Ln problem in %1 row(s): nothing will be written unless you skip that row.</numerusform><numerusform>%Ln problems in %1 rows: nothing will be written unless you skip those rows.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The first %n are listed.</source>
        <translation><numerusform>The first %Ln is listed.</numerusform><numerusform>The first %Ln are listed.</numerusform></translation>
    </message>
    <message>
        <source>All rows are written in one transaction: if anything fails, the plan stays as it was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported %1 new and updated %2 record(s); %3 unchanged, %4 skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to change: every row matches the plan already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Headers recognised: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n waitlisted trainee(s) given a seat because a cohort's capacity grew.</source>
        <translation><numerusform>%Ln waitlisted trainee given a seat because a cohort's capacity grew.</numerusform><numerusform>%Ln waitlisted trainees given a seat because a cohort's capacity grew.</numerusform></translation>
    </message>
    <message>
        <source>&amp;Empty cells clear stored values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Off: an empty cell keeps what the plan has for a record the file updates. On: it clears it; the next page lists every value that would be cleared.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store 15-digit ID numbers as &amp;18 digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A first-generation resident ID of 15 digits gets the century and its check character, as the 18-digit card of the same person has.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not imported (no field has their name): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From the file's column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Values changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Of them cleared</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n stored value(s) would be cleared by empty cells: see Cleared values.</source>
        <translation><numerusform>%Ln stored value would be cleared by an empty cell: see Cleared values.</numerusform><numerusform>%Ln stored values would be cleared by empty cells: see Cleared values.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n ID number(s) of 15 digits would be stored as 18.</source>
        <translation><numerusform>%Ln ID number of 15 digits would be stored as 18.</numerusform><numerusform>%Ln ID numbers of 15 digits would be stored as 18.</numerusform></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes by column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cleared values (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not in the file: stored values kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not imported, no field has this name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Columns were matched by their headers; those marked * are required. A column the file does not have, and an empty cell, keep the stored value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a Blank &amp;Template…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A spreadsheet with this kind's column headers, to fill in and import (required columns end in *)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An import is one step in the undo history: Edit ▸ Undo takes all of it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its headers name no kind's required columns: choose what it holds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its headers are those of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 template.xlsx</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a Blank Template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit ▸ Undo takes the whole import back in one step.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::Importer</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file has no header row (it holds no rows)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the header lacks the required column(s) %1; the file has: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file has more than %1 data rows; split it into smaller files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the row has %1 cells but the header only %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file has a header but no data rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file holds no rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the row has %1 cells but the header has %2: it lacks %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::InstructorDetail</name>
    <message>
        <source>&lt;b&gt;Bold&lt;/b&gt; in the track's colour: teaching · %1 leave · &lt;span style="color:%2"&gt;public holiday&lt;/span&gt; · &lt;span style="color:%3"&gt;make-up workday&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select an instructor to see their calendar and load.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teaching days: week %1: %2 · %3: %4 · %5: %6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On leave %1 – %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sessions</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::InstructorDialog</name>
    <message>
        <source>Track: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course: %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Track or course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Up to level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No expiry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qualifications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Staff number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Home district:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>per &amp;week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>per m&amp;onth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>per &amp;year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teaching at most:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add &amp;qualification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove qualification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add &amp;leave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove leave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instructor %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New instructor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prefers strongly (+2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prefers (+1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avoids (−1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avoids strongly (−2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add p&amp;reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove preference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Q&amp;ualifications (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lea&amp;ve (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course pre&amp;ferences (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Auto-assign weighs these when it chooses instructors.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::InstructorTableModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Home district</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qualifications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next expiry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohorts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teaching days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Max days/year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Max days/week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Max days/month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohorts with a session in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Distinct days with a session in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days of leave in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The next date on which one of the qualifications expires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rate of level %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid per teaching day. Grey: the rate of the highest level they are qualified for (Budget ▸ Rates and fixed costs); type an amount to give them their own, clear it to go back.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::LevelRateModel</name>
    <message>
        <source>Highest level qualified for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The default rate: type an amount to set the plan's own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set in the plan: clear it to go back to the default, %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::MainWindow</name>
    <message>
        <source>Cohort plans (*.cohortplan);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the plan: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohorts</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n cohort(s), all years</source>
        <translation><numerusform>%Ln cohort, all years</numerusform><numerusform>%Ln cohorts, all years</numerusform></translation>
    </message>
    <message>
        <source>Instructors</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n instructor(s); load and leave for %1</source>
        <translation><numerusform>%Ln instructor; load and leave for %1</numerusform><numerusform>%Ln instructors; load and leave for %1</numerusform></translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n trainee(s)</source>
        <translation><numerusform>%Ln trainee</numerusform><numerusform>%Ln trainees</numerusform></translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation><numerusform>%Ln track</numerusform><numerusform>%Ln tracks</numerusform></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n course(s)</source>
        <translation><numerusform>%Ln course</numerusform><numerusform>%Ln courses</numerusform></translation>
    </message>
    <message>
        <source>Venues</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n venue(s)</source>
        <translation><numerusform>%Ln venue</numerusform><numerusform>%Ln venues</numerusform></translation>
    </message>
    <message>
        <source>Work calendar</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n exception(s) to the Monday–Friday week: public holidays and make-up working days</source>
        <translation><numerusform>%Ln exception to the Monday–Friday week: public holidays and make-up working days</numerusform><numerusform>%Ln exceptions to the Monday–Friday week: public holidays and make-up working days</numerusform></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Courses &amp; Tracks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;Demo Plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Cohort Planner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan was upgraded from format %1; the original is kept at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating the demo plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the demo plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plan.cohortplan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Demo Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>demo.cohortplan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save Plan As</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot save the plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Cohort Planner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort Planner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (read-only) — Cohort Planner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cohorts · %2 instructors · %3 trainees · %4 enrollments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no recent plans)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n conflict(s) shown: %1 blocking and %2 warnings in the whole plan. Double-click one to go to its cohort.</source>
        <translation><numerusform>%Ln conflict shown: %1 blocking and %2 warnings in the whole plan. Double-click it to go to its cohort.</numerusform><numerusform>%Ln conflicts shown: %1 blocking and %2 warnings in the whole plan. Double-click one to go to its cohort.</numerusform></translation>
    </message>
    <message>
        <source>All rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blocking and warnings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Severity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import Work &amp;Calendar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suggested fixes for the selected conflict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No change of instructor, dates or venue clears this conflict on its own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan in use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is open for editing in another Cohort Planner (%2).

Open it read-only?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1

The plan keeps its last saved state; the undo history was cleared.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yearly targets</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n target(s): trainees to train and to certify per year and track</source>
        <translation><numerusform>%Ln target: trainees to train and to certify per year and track</numerusform><numerusform>%Ln targets: trainees to train and to certify per year and track</numerusform></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Filter Rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Go to…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1[*] — Cohort Planner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;plan as opened&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click a step to go back (or forward) to it. Every step is already saved in the plan file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Apply fix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click a fix or choose Apply fix: it is made as one step you can undo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored from the backup; the plan as it was is kept beside it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Enroll in Cohort…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not enrolled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import trainees, enrollments, instructors, qualifications, leave, cohorts or sessions from CSV or Excel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export these records, in the columns an import reads back:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation><numerusform>Exported %Ln row to %1.</numerusform><numerusform>Exported %Ln rows to %1.</numerusform></translation>
    </message>
    <message>
        <source>&amp;Auto-assign Instructors…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Sessions as Calendar (.ics)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Teaching Schedule as Calendar (.ics)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back &amp;Up Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make a checked backup of the plan now, beside the automatic ones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back Up Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan is open read-only: backups are made by the instance that edits it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot back up the plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Saved %n session(s) to %1</source>
        <translation><numerusform>Saved %Ln session to %1</numerusform><numerusform>Saved %Ln sessions to %1</numerusform></translation>
    </message>
    <message>
        <source>Import holidays and make-up working days from a CSV or XLSX file (columns date,kind,name,name_zh)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;Planning Year…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start next year from this year's targets: what lapses, what is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Targets &amp; Capacity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show ID Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID number not shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erase Personal Data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Bookings as Calendar (.ics)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export personal data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file will hold people's personal data. Their ID numbers are masked (110108********1234) unless you include them; a file with masked numbers cannot be imported back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export is recorded in the plan's History.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include the full ID numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan is open read-only, so its History cannot record an export with the full ID numbers. Open the plan for editing, or export with the numbers masked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file was written, but the plan's History could not record it: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this trainee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erase Personal Data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erase the personal data of %1 from the plan?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan holds it here:
%1

The name becomes “%2”; the ID number, employer, e-mail and phone are removed, also from the History. The enrollments and results stay, without the name, so the programme's counts stay true. This cannot be undone, and the undo history is cleared.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also delete the plan's older backups, which still hold the data (a new backup is made first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erased the personal data of %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>(%n changed since the last export)</source>
        <translation><numerusform>(%Ln changed since the last export)</numerusform><numerusform>(%Ln changed since the last export)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(%n cancelled)</source>
        <translation><numerusform>(%Ln cancelled)</numerusform><numerusform>(%Ln cancelled)</numerusform></translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated, %4 skipped. Edit ▸ Undo takes the import back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is open for editing in another Cohort Planner (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print Sign-in Sheets…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print Roster…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print Timetable…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print Bookings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the year's plan, timetables, venue bookings, sign-in sheets, a roster or the certification list, or save it as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;The plan open: %1&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Cohort Planner %1&lt;/h3&gt;&lt;p&gt;Plans the cohorts, instructors and trainees of engineer training programmes against their yearly targets.&lt;/p&gt;&lt;p&gt;Copyright © 2026 the Cohort Planner developers.&lt;br&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built on: Qt %2 (LGPL-3.0), SQLite %3 (public domain), QCustomPlot (GPL-3.0), LEMON (Boost Software License), GLPK (GPL-3.0), libxlsxwriter (BSD-2-Clause), minizip (zlib licence), libical (LGPL-2.1 or MPL-2.0).&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make It the Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make the scenario “%1” the plan?

The plan as it is now is backed up first: File ▸ Restore from Backup… brings it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sce&amp;narios…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What-if copies of the plan: create, open, compare and make one the plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenario “%1” of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Scenario “%1”&lt;/b&gt; of %2: what you change here never touches the plan. &lt;a href="plan"&gt;Back to the plan&lt;/a&gt; · &lt;a href="scenarios"&gt;Scenarios…&lt;/a&gt; · &lt;a href="promote"&gt;Make it the plan…&lt;/a&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot make the scenario the plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is now the plan. The plan before it is backed up as %2 (File ▸ Restore from Backup… brings it back).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed on the server by %1: shown now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The connection to the server was lost&lt;/b&gt; (%1). Cohort Planner connects again by itself every %n second(s); until then nothing can be changed, and what you see may be out of date.</source>
        <translation><numerusform>&lt;b&gt;The connection to the server was lost&lt;/b&gt; (%1). Cohort Planner connects again by itself every %Ln second; until then nothing can be changed, and what you see may be out of date.</numerusform><numerusform>&lt;b&gt;The connection to the server was lost&lt;/b&gt; (%1). Cohort Planner connects again by itself every %Ln seconds; until then nothing can be changed, and what you see may be out of date.</numerusform></translation>
    </message>
    <message>
        <source>Connected to the server again; the changes made meanwhile are shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Server Plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a plan your team keeps on a PostgreSQL server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No server plan was opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For a plan on a server, check out a copy (File ▸ Check Out for Offline Work) to do this</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked out from %1. File ▸ Synchronise with Server sends your changes there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the server plan into a plan file to work on without the server; synchronise it when you are back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;ynchronise with Server…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send the changes made in this checkout to its server and receive everyone else's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check Out for Offline Work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copying the plan from the server…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot check the plan out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked Out</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The plan is copied into %1 (%n record(s)). Work on it anywhere, then choose File ▸ Synchronise with Server to send your changes and receive everyone else's. Open the copy now?</source>
        <translation><numerusform>The plan is copied into %1 (%n record). Work on it anywhere, then choose File ▸ Synchronise with Server to send your changes and receive everyone else's. Open the copy now?</numerusform><numerusform>The plan is copied into %1 (%n records). Work on it anywhere, then choose File ▸ Synchronise with Server to send your changes and receive everyone else's. Open the copy now?</numerusform></translation>
    </message>
    <message>
        <source>Chec&amp;k Out for Offline Work…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password was not kept: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::MonthCostModel</name>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost of the month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spent so far</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forecast so far</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Budget so far</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything the month costs: what is spent, then what is still planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The year's budget spread evenly over its months</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::MultiYearChart</name>
    <message>
        <source>Targets and results by year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned seats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trainees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::NeedChart</name>
    <message>
        <source>Need and availability by month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>need-by-month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instructor-days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Venue slot-days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::NewCohortDialog</name>
    <message>
        <source>&amp;Course:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;First start:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Number of cohorts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One starting &amp;every:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;apacity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meets:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohorts to generate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohorts to generate:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate a series of cohorts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · teaching days: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pattern has no working day to meet on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – %2 · teaching days: %3 · sessions: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add cohort %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate %1 as %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate a cohort of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate %1 cohorts of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The course's weekdays give no working day to meet on: choose another course or change its pattern.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan has no course yet: a cohort teaches a course. Add the tracks and their courses on the Courses &amp; Tracks page first, or import them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The copy starts on %1, not after the original: the day after it (%2) is past.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2 seats, free</source>
        <extracomment>A venue in New Cohort's list: %1 name, %2 seats</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — booked by %2 on %3</source>
        <extracomment>%1 venue, %2 the cohort meeting there, %3 the day</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2 seats, too few</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is booked by %2 on %3: the venues listed first are free on these days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has %2 seats, fewer than the %3 this cohort offers.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::NewYearDialog</name>
    <message>
        <source>Track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To train</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To certify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import Work &amp;Calendar…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instructor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qualification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Planning Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A planning year starts from the targets of the year before, scaled by the growth you expect. You can change each target afterwards on the Courses &amp; Tracks page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Growth of the targets:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Create Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Targets:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Targets of %1, from those of %2:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 trainees in all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan has no work calendar for %1: until you import the official one, %1 runs on weekends only and its public holidays are unknown (the Conflicts page names every cohort with sessions in it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan has the work calendar of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No qualification lapses during %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qualifications that lapse during %1 (%2): their holders cannot teach under them afterwards unless they are renewed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::OpenServerDialog</name>
    <message>
        <source>Open &amp;read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Server Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A plan your team keeps on a PostgreSQL server. Your director gives you its address and your login; every change you make is written there at once, and you see the others' as they make them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kept for this session only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;member the password in this computer's keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The system keychain keeps it (GNOME Keyring, KWallet or the Windows Credential Manager), never a file. Untick to forget a password kept before.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::PasswordKeeper</name>
    <message>
        <source>This computer has no keychain service running (%1), so the password cannot be kept: it is asked for each time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The system keychain refused access (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::PastedColumn</name>
    <message>
        <source>There is nothing to paste.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1: “%2” is not a score from 0 to 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1: “%2” is not an attendance rate (0 to 1, or 0% to 100%).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::PlanDatabase</name>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is a folder, not a plan file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is a SQLite database, but not a Cohort Planner plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is a SQLite database of another application (application id 0x%1), not a Cohort Planner plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it was written by a newer version of Cohort Planner (plan format %1; this version reads formats up to %2). Update Cohort Planner to open it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (and %1 more problems)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it failed its checks: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is in an older plan format (%1) that must be upgraded; open it for editing to upgrade it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the backup copy taken before upgrading it could not be written (%1); the file was left as it was</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>upgrading it from plan format %1 failed (%2); the file was left as it was, and a backup copy is at “%3”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>application id is 0x%1, not Cohort Planner's 0x%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plan format is %1, this version writes %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a plan cannot be saved over itself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot save a copy to “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it contains a trigger (%1), which plan files never have</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it contains a view (%1), which plan files never have</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it contains a virtual table (%1), which plan files never have</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 %2 is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 %2 has been altered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it contains an unknown %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A transaction could not be started: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The changes could not be written to the plan file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is open for editing in another Cohort Planner (%1); open it read-only to look at it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its lock file “%1” cannot be created (the folder may be read-only); open it read-only to look at it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create “%1”: a plan of that name is open for editing in another Cohort Planner (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>someone else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>process %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot save a copy to “%1”: that plan is open for editing in another Cohort Planner (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it holds a record of %1 MiB, more than the %2 MiB a plan may hold in one record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan file “%1” was deleted or moved while it was open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan file “%1” was replaced or moved while it was open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a Cohort Planner stopped in the middle of a change to it, and the change must be undone first; open it for editing once (nothing that was saved is lost)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the change a stopped Cohort Planner left half done cannot be undone: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create “%1”: the folder “%2” does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create “%1”: “%2” is not a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The changes could not be written to the plan on the server: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::PlanEditor</name>
    <message>
        <source>No plan is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan is open read-only; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was changed: %1. Use Save As to keep a copy of the plan as it is open.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::PlanEdits</name>
    <message>
        <source>Add track %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit track %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add course %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit course %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add venue %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit venue %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add instructor %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit instructor %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add qualification%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit qualification%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add leave from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit leave from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add cohort %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit cohort %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add session on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit session on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assign instructor%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit assignment%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add trainee %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit trainee %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add enrollment%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit enrollment%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add target for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit target for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add calendar day %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit calendar day %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is already a track named “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is already a course with the code %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is already a venue named “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is already an instructor with the staff number %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is already a cohort with the code %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is already a trainee with the identity number %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record was deleted meanwhile; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is already an entry for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New instructor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New trainee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is nothing to create.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The code %1 is given to two new cohorts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cohorts were deleted meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete cohort %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n cohorts</source>
        <translation><numerusform>Delete %Ln cohort</numerusform><numerusform>Delete %Ln cohorts</numerusform></translation>
    </message>
    <message>
        <source>The instructors were deleted meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete instructor %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n instructors</source>
        <translation><numerusform>Delete %Ln instructor</numerusform><numerusform>Delete %Ln instructors</numerusform></translation>
    </message>
    <message>
        <source>The trainees were deleted meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete trainee %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n trainees</source>
        <translation><numerusform>Delete %Ln trainee</numerusform><numerusform>Delete %Ln trainees</numerusform></translation>
    </message>
    <message>
        <source>The courses were deleted meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n cohorts are of these courses (e.g. %1): delete them first, or keep the course.</source>
        <translation><numerusform>%Ln cohort is of these courses (%1): delete it first, or keep the course.</numerusform><numerusform>%Ln cohorts are of these courses (e.g. %1): delete them first, or keep the course.</numerusform></translation>
    </message>
    <message>
        <source>Delete course %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n courses</source>
        <translation><numerusform>Delete %Ln course</numerusform><numerusform>Delete %Ln courses</numerusform></translation>
    </message>
    <message>
        <source>The venues were deleted meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n cohorts meet at these venues (e.g. %1): move or delete them first.</source>
        <translation><numerusform>%Ln cohort meets at these venues (%1): move or delete it first.</numerusform><numerusform>%Ln cohorts meet at these venues (e.g. %1): move or delete them first.</numerusform></translation>
    </message>
    <message>
        <source>Delete venue %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n venues</source>
        <translation><numerusform>Delete %Ln venue</numerusform><numerusform>Delete %Ln venues</numerusform></translation>
    </message>
    <message>
        <source>The tracks were deleted meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n courses belong to these tracks (e.g. %1): delete or move them first.</source>
        <translation><numerusform>%Ln course belongs to these tracks (%1): delete or move it first.</numerusform><numerusform>%Ln courses belong to these tracks (e.g. %1): delete or move them first.</numerusform></translation>
    </message>
    <message>
        <source>Delete track %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n tracks</source>
        <translation><numerusform>Delete %Ln track</numerusform><numerusform>Delete %Ln tracks</numerusform></translation>
    </message>
    <message>
        <source>The targets were deleted meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n targets</source>
        <translation><numerusform>Delete %Ln target</numerusform><numerusform>Delete %Ln targets</numerusform></translation>
    </message>
    <message>
        <source>The calendar days were deleted meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n calendar days</source>
        <translation><numerusform>Delete %Ln calendar day</numerusform><numerusform>Delete %Ln calendar days</numerusform></translation>
    </message>
    <message>
        <source>The cohort was deleted meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This edit would add a blocking conflict: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 no longer teaches %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already teaches %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace %1 by %2 in %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make %1 the lead of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move %1 to start on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The venue was deleted meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Enroll %n trainee(s) in %1</source>
        <translation><numerusform>Enroll %Ln trainee in %1</numerusform><numerusform>Enroll %Ln trainees in %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(%n on the waitlist)</source>
        <translation><numerusform>(%Ln on the waitlist)</numerusform><numerusform>(%Ln on the waitlist)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Withdraw %n trainee(s)</source>
        <translation><numerusform>Withdraw %Ln trainee</numerusform><numerusform>Withdraw %Ln trainees</numerusform></translation>
    </message>
    <message>
        <source>Withdraw %1 from %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>(%n promoted from the waitlist)</source>
        <translation><numerusform>(%Ln promoted from the waitlist)</numerusform><numerusform>(%Ln promoted from the waitlist)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Transfer %n trainee(s) to %1</source>
        <translation><numerusform>Transfer %Ln trainee to %1</numerusform><numerusform>Transfer %Ln trainees to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n trainee(s) completed</source>
        <translation><numerusform>Mark %Ln trainee completed</numerusform><numerusform>Mark %Ln trainees completed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n trainee(s) failed</source>
        <translation><numerusform>Mark %Ln trainee failed</numerusform><numerusform>Mark %Ln trainees failed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Record the certificates of %n trainee(s)</source>
        <translation><numerusform>Record the certificate of %Ln trainee</numerusform><numerusform>Record the certificates of %Ln trainees</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Record the outcomes of %n trainee(s)</source>
        <translation><numerusform>Record the outcome of %Ln trainee</numerusform><numerusform>Record the outcomes of %Ln trainees</numerusform></translation>
    </message>
    <message>
        <source>Move to place %1 on the waitlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A preference names no course: choose one or remove the row.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A preference is from %1 to %2 and not 0 (got %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course %1 has two preferences: keep one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New planning year %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The draft of %1 has no cohorts to create.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate the draft of %1 (%n cohort(s))</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set the assumptions of the course %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The track has no target for %1: enter one first, the assumptions go with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set the assumptions of %1 for %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set the share of new cohorts of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That changes nothing.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Move cohort %1 %n working day(s) later</source>
        <translation><numerusform>Move cohort %1 %Ln working day later</numerusform><numerusform>Move cohort %1 %Ln working days later</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Move cohort %1 %n working day(s) earlier</source>
        <translation><numerusform>Move cohort %1 %Ln working day earlier</numerusform><numerusform>Move cohort %1 %Ln working days earlier</numerusform></translation>
    </message>
    <message>
        <source>Change the end of cohort %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set the day rate of level %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the day rate of level %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add fixed cost %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit fixed cost %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already has a fixed cost named “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New cost %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The fixed costs were deleted meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n fixed cost(s)</source>
        <translation><numerusform>Delete %Ln fixed cost</numerusform><numerusform>Delete %Ln fixed costs</numerusform></translation>
    </message>
    <message>
        <source>Reset the day rate of level %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone else changed the sessions of cohort %1 after the timeline showed them, so nothing was changed. The timeline now shows them as they are: drag again if it still applies.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone else removed the enrollment of %1 after the roster showed it, so nothing was changed. The roster now shows the cohort as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone else changed the enrollment of %1 after the roster showed it, so nothing was changed. The roster now shows it as it is: do it again if it still applies.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::PlanInvariants</name>
    <message>
        <source>this would break the plan's rules: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation><numerusform>(and %Ln more)</numerusform><numerusform>(and %Ln more)</numerusform></translation>
    </message>
</context>
<context>
    <name>Planner::PlanQueries</name>
    <message>
        <source>%1 ≤ %2</source>
        <comment>a track qualification up to a level</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <comment>between qualifications in a list</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::PlanRules</name>
    <message>
        <source>trainee %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Cohort %1 seats %2 trainees, more than its %n seats.</source>
        <translation><numerusform>Cohort %1 seats %2 trainees, more than its %Ln seat.</numerusform><numerusform>Cohort %1 seats %2 trainees, more than its %Ln seats.</numerusform></translation>
    </message>
    <message>
        <source>The waiting list of cohort %1 is not numbered 1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Cohort %1 has %n free seats while trainees wait for one.</source>
        <translation><numerusform>Cohort %1 has %Ln free seat while trainees wait for one.</numerusform><numerusform>Cohort %1 has %Ln free seats while trainees wait for one.</numerusform></translation>
    </message>
</context>
<context>
    <name>Planner::PlanSession</name>
    <message>
        <source>No plan is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan is open read-only: backups are made by the instance that edits it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan is open read-only, so its History cannot record who saw the ID number: open it for editing to reveal one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan is open read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan is open read-only: open it for editing to erase a trainee's personal data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The trainee was deleted meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The personal data was erased, but the older backups were kept: no new backup could be made (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The personal data was erased, but not every older backup could be deleted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import of %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The open plan is not on a server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The open plan was not checked out from a server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan is open read-only: open it for editing to synchronise it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A plan on a server is backed up by the server's administrator. To keep a copy of your own, check it out into a file (File ▸ Check Out for Offline Work).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::PlanningYear</name>
    <message>
        <source>The planning year must be from 2000 to 2100, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has targets already: change them on the Courses &amp; Tracks page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No year before %1 has targets to start from: enter %1's targets on the Courses &amp; Tracks page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A growth of %1 % makes no sense: give one from %2 % to +%3 %.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::Preferences</name>
    <message>
        <source>The %1 session must end after it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 session must start after the %2 session ends (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back up at least every so many minutes, and keep at least one backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder “%1” is not there.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The system's language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder used last</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder for Plans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Plans folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your account's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the History names the changes you make, beside your account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back up a changed plan &amp;every:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>…and the last of each of the past:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Session times</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The times calendars (.ics) and printed timetables give each session of the day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Conflict rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blocking conflicts refuse an edit; warnings let it through with a reason; rules turned off are not checked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Auto-assign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The costs Auto-assign starts with each time it opens; changed there, they hold for that run only.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::ProgressChart</name>
    <message>
        <source>Progress against the target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trained (cumulative)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certified (cumulative)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forecast trained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forecast certified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trainees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>progress</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::ProgressModel</name>
    <message>
        <source>Track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>% of target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forecast %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seats to come</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certification target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trainees who completed a cohort that ended this year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trained by the end of the year if the remaining cohorts complete at the usual rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trainees in cohorts running today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seats of the cohorts still to finish this year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates awarded this year</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::RecordChoices</name>
    <message>
        <source>None (online)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::RecordPicker</name>
    <message>
        <source>Type to search: name, ID number, code, employer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 of %2 shown · %n selected</source>
        <translation><numerusform>%1 of %2 shown · %Ln selected</numerusform><numerusform>%1 of %2 shown · %Ln selected</numerusform></translation>
    </message>
</context>
<context>
    <name>Planner::RecordRules</name>
    <message>
        <source>%1 must not be empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The colour must be written #rrggbb, e.g. #4e79a7.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the course's track.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of teaching days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hours per day must be more than 0 and at most 24.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The capacity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one weekday for the sessions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one time of day for the sessions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of seats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A venue that is not online needs at least one seat.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The staff number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The limit per week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The limit per month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The limit per year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The limit per month cannot be above the limit per year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A qualification is for either a track or a course.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the date the qualification is valid from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The qualification cannot end (%1) before it starts (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the first day of the leave.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the last day of the leave.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The leave cannot end (%1) before it starts (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the cohort's course.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The capacity must be at least 1 seat.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A cohort taught in person needs a venue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the session's date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the instructor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The identity number is too long: at most 40 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The attendance must be between 0% and 100%.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The score must be between 0 and 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a trainee who completed the cohort can be certified.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the date of the certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the target's track.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The trainee target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certification target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More certified (%1) than trained (%2) is not a reachable target.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A cohort needs at least one session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a weekend day, not a working day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a public holiday (%2), not a working day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two sessions are on %1 at the same time of day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An instructor is assigned twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A cohort has one lead instructor; make the others assistants.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The share of seats taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The no-show rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The completion rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certification rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be from %2 % to %3 %, not %4 %.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A course's share of its track's new cohorts must be from 0 % to 100 %.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The materials per trainee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The exam fee per trainee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rent per day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The licence per seat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The day rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::Report</name>
    <message>
        <source>Give both the first and the last day of the period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the year of the plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No cohort starts in %1: there is no plan to print.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target (trainees)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohorts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seats planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seats taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seats / target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assistants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1, %n cohort(s)</source>
        <translation><numerusform>%1, %Ln cohort</numerusform><numerusform>%1, %Ln cohorts</numerusform></translation>
    </message>
    <message>
        <source>The instructor asked for is not in the plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No instructor teaches in %1: there is no timetable to print.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teaching days in %1: %2. Busiest week: %3 days (limit %4); busiest month: %5 days (limit %6); limit per year: %7.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n instructor(s), %1</source>
        <translation><numerusform>%Ln instructor, %1</numerusform><numerusform>%Ln instructors, %1</numerusform></translation>
    </message>
    <message>
        <source>The venue asked for is not in the plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No venue is booked in %1: there are no bookings to print.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2; %3 seats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No bookings in this period.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n venue(s), %1</source>
        <translation><numerusform>%Ln venue, %1</numerusform><numerusform>%Ln venues, %1</numerusform></translation>
    </message>
    <message>
        <source>The cohort asked for is not in the plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort %1 has no session on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort %1 has no sessions to sign in to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in sheet: %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instructors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each trainee signs on arrival. Rows at the end are for trainees not on the list: write the name and the last four digits of the ID number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Cohort %1, %n session(s)</source>
        <translation><numerusform>Cohort %1, %Ln session</numerusform><numerusform>Cohort %1, %Ln sessions</numerusform></translation>
    </message>
    <message>
        <source>%1 to %2; %3; seats %4 / %5; status: %6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody is enrolled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Cohort %1, %n trainee(s)</source>
        <translation><numerusform>Cohort %1, %Ln trainee</numerusform><numerusform>Cohort %1, %Ln trainees</numerusform></translation>
    </message>
    <message>
        <source>Give the period of the certification list: its first and last day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No certificate was awarded in this period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certified on</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1, %n certificate(s)</source>
        <translation><numerusform>%1, %Ln certificate</numerusform><numerusform>%1, %Ln certificates</numerusform></translation>
    </message>
    <message>
        <source>Yearly plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instructor timetable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Venue bookings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort roster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certification list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write “%1”: the PDF could not be started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the year of the capacity report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no targets: there is no capacity to report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every target of %1 can be reached with the plan's instructors, venues and calendar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not every target of %1 can be reached: at best %2 of the target of the track furthest behind. What is short is listed below, with what would remedy it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target trained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target certified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned trained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reachable trained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reachable certified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohorts planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New cohorts needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seats needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instructor-days needed / free</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is short</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing: the instructors, venues and working days suffice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Need, have and remedy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 by month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New cohorts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instructor-days needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instructor-days free</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Venue slots needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Venue slots free</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1, %n track(s) with targets</source>
        <translation><numerusform>%1, %Ln track with targets</numerusform><numerusform>%1, %Ln tracks with targets</numerusform></translation>
    </message>
    <message>
        <source>Capacity report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target to date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trained, forecast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress against the target, as of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The track asked for is not in the plan.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::ReportsDialog</name>
    <message>
        <source>Print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose what to print and for whom. The report opens in Print Preview, goes to a printer, or is saved as a PDF file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a cohort code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sessions:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All instructors teaching in the year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Instructor:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All venues booked in the year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every session (a sheet each)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the cohort: “%1” is not a cohort code of this plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print Preview: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Sent to the printer: %n page(s).</source>
        <translation><numerusform>Sent to the printer: %Ln page.</numerusform><numerusform>Sent to the printer: %Ln pages.</numerusform></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation><numerusform>Saved %1 (%Ln page).</numerusform><numerusform>Saved %1 (%Ln pages).</numerusform></translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Track:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no backups of “%1” yet. Backups are made when the plan is opened for editing and every %2 minutes while it is edited.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the backup of “%1” to go back to. The plan as it is now is kept beside it (NAME.before-restore-…), so nothing is lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups are kept in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan is damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1

A good backup of this plan from %2 exists. Opening it keeps the damaged file beside it (NAME.damaged-…) in case it is needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the newest good backup (from %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::RosterModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certified on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enrolled on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the attendance of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the score of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the certificate of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste scores or attendance rates into the Score or Attendance column of the trainees holding seats.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select the rows to paste into.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 values cannot be pasted from row %2 down: there are only %3 rows from there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 values cannot be pasted onto %2 selected rows: select as many rows as there are values, or one row to fill downwards from it.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Paste %n score(s)</source>
        <translation><numerusform>Paste %Ln score</numerusform><numerusform>Paste %Ln scores</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n attendance rate(s)</source>
        <translation><numerusform>Paste %Ln attendance rate</numerusform><numerusform>Paste %Ln attendance rates</numerusform></translation>
    </message>
</context>
<context>
    <name>Planner::RosterPanel</name>
    <message>
        <source>Waitlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;nroll Trainees…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark &amp;Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark F&amp;ailed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdraw the selected trainees; each seat freed goes to the first on the waitlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the selected trainees to another cohort's seat or waitlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark the selected trainees as having completed the cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark the selected trainees as having failed the cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scores and attendance: edit a cell, or copy a column in a spreadsheet, select the rows here and paste (Ctrl+V).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a cohort to see its roster and waitlist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 seats taken</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation><numerusform>%Ln waiting</numerusform><numerusform>%Ln waiting</numerusform></translation>
    </message>
    <message>
        <source>Waitlist (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cert&amp;ify…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the certificate of the selected trainees who completed the cohort</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::ScenarioChart</name>
    <message>
        <source>Forecast of each scenario against the target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scenarios</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trained (cumulative)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::ScenarioListModel</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot be opened: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::ScenarioStore</name>
    <message>
        <source>Give the scenario a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A scenario's name can have at most 100 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A scenario's name cannot contain “%1”: it names a file, and file names cannot hold &lt; &gt; : " / \ | ? * or control characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a control character</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A scenario's name cannot begin or end with a space, nor end with a dot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is a name Windows keeps for a device: choose another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no scenario named “%1” beside %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the scenario “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is already a scenario of that name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the folder “%1” cannot be made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot rename the scenario “%1” to “%2”: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no such scenario.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is open for editing (%1); close it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it holds an interrupted write; open it once to recover it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no scenario named “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot delete the scenario “%1”: it is open for editing (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot delete the scenario “%1”: the file “%2” cannot be removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot make the scenario “%1” the plan: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is open for editing (%2); close it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” holds an interrupted write; open it once to recover it first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::ScenariosDialog</name>
    <message>
        <source>&amp;New from This Plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Make It the Plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scenarios of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A scenario is a what-if copy of the plan: change targets, instructors, venues or cohorts in it freely; the plan is never touched until you make a scenario the plan (after a backup of the plan). They are kept in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy what is open now (the plan or a scenario) as a new scenario</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace the plan with this scenario, after a checked backup of the plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two to four of the plan and its scenarios side by side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the new scenario:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make the scenario “%1” the plan?

The plan as it is now is backed up first: File ▸ Restore from Backup… brings it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the scenarios…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copying the plan as “%1”…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New name of the scenario “%1”:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renaming “%1”…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the scenario “%1”? Its file is deleted; the plan is not touched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::ServerPlan</name>
    <message>
        <source>"%1" is not a server address: it must start with postgresql://</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid server address: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server address %1 has a parameter this program does not know: %2 (known: host, port, user, sslmode, sslrootcert, connect_timeout)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the server address %1, %2 must be a number, not "%3"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server address %1 names no database: write it after the host, as in postgresql://server.example/cohorts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the server address %1, the port must be from 1 to 65535</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the server address %1, sslmode must be disable, allow, prefer, require, verify-ca or verify-full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This installation cannot reach PostgreSQL servers: Qt's PostgreSQL driver is missing (on Debian, the package libqt6sql6-psql).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds no Cohort Planner plan (the database is empty or another application's): copy a plan there first with cohortplanner-cli push</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds another application's data, not a Cohort Planner plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan at %1 has format %2, newer than this program's %3: update Cohort Planner to open it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not open %1 read-only: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not empty: a plan is pushed into a new, empty database only, so that nothing there is overwritten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not start a transaction on %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the table %1 of %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused a row of the table %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was copied to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan at %1 was set up by a different version of this program (server tables revision %2, this program's %3): check it out with that version and push it again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the changes of %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not follow the changes of %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not connect to %1 again: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds no Cohort Planner plan: push a plan there first (cohortplanner-cli push, or server-init --from FILE)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan at %1 is set up for a team already</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was changed on %1: %2 (set up a team as the server's administrator)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” cannot be a login name: use up to 63 lower-case letters, digits, “_”, “.” or “-”, starting with a letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan at %1 is not set up for a team: run cohortplanner-cli server-init first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was changed on %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan at %1 has the older format %2. Its owner upgrades it to format %3, for the whole team at once, with cohortplanner-cli server-upgrade %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds no Cohort Planner plan (the database is empty or another application's)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan at %1 has format %2, newer than this program's %3: update Cohort Planner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This program cannot upgrade server plans from format %1: the step “%2” has no server form. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This program has no steps from format %1 to %2. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was changed on %1: %2 (a server plan is upgraded by its owner, who pushed it)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::ServerSync</name>
    <message>
        <source>the copy of the server's rows kept in the plan is missing or damaged: check the plan out again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” already exists: a checkout makes a new plan file and never replaces one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 gave no site number for the checkout: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the table %1 of %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another record on the server already has this: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It refers to a record the server no longer has, or one that the server has refers to it: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You may not change this on the server: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused it: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You may not change this record on the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You changed it; someone deleted it on the server meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You and someone on the server both changed it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You may not delete this record on the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You deleted it; on the server it has records added since, which would go with it: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You deleted it; someone changed it on the server meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not bring a record of %1 up to date: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This plan was not checked out from a server: there is nothing to synchronise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read what the plan was checked out as: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n change(s) made here cannot be sent: you may only read the plan on %1</source>
        <translation><numerusform>%n change made here cannot be sent: you may only read the plan on %1</numerusform><numerusform>%n changes made here cannot be sent: you may only read the plan on %1</numerusform></translation>
    </message>
    <message>
        <source>the plan's rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server took the changes, but the plan file could not be brought up to date: %1. Synchronise again: what was sent is recognised and not sent twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was synchronised: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” was not checked out from a server: there is nothing to synchronise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused an entry of the History: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::SessionsEditor</name>
    <message>
        <source>&amp;Add day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lay out from course pattern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time of day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first day to lay the sessions out from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace every session by the course's weekdays and times of day, from the date beside, skipping weekends and public holidays</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the next teaching day of the course's pattern after the last session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – %2 · teaching days: %3 · sessions: %4</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the selected cell</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the selected record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom the timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+mouse wheel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::SqlitePlatform</name>
    <message>
        <source>it cannot be read (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is empty (0 bytes), not a plan file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is not a SQLite database, so it cannot be a Cohort Planner plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its SQLite header is damaged (page size %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is truncated or damaged (%1 bytes is not a whole number of %2-byte pages)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is truncated: the header promises %1 bytes but the file has %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the SQLite driver does not expose its connection handle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQLite refused to turn on its defensive settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1 of table %2 refers to a missing record in %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(more problems not listed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the copy failed its integrity check: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is truncated (%1 bytes, less than a SQLite header)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its pages cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its rollback journal could not be played back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQLite could not copy the plan into memory: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>not enough memory for a copy of %n bytes</source>
        <translation><numerusform>not enough memory for a copy of %n byte</numerusform><numerusform>not enough memory for a copy of %n bytes</numerusform></translation>
    </message>
    <message>
        <source>Could not compare the table %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQLite could not read its own changeset</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::StorageLocation</name>
    <message>
        <source>This plan is on a network drive (%1): the lock that keeps a second Cohort Planner from writing to it may not work there. Make sure only one person edits it at a time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This plan is in a %1 folder: the sync service may copy it while it is being written and does not share the lock. Make sure only one person edits it at a time, or keep it in a local folder.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::Store</name>
    <message>
        <source>The record %1 of %2 no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan file could not be read or written: %1 (statement: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan on the server could not be read or written: %1 (statement: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone else changed the record %1 of %2 after you read it (%3), so your change was not written over theirs. Look at their version, then make your change again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record %1 of %2 no longer exists, or the server does not let you change it (it belongs to another district).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone else deleted the record %1 of %2 after you read it, so your change was not written. Look at the plan as it is now, then make your change again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was erased: on a server plan, personal data is erased by the plan's owner (who pushed it), since the History and the change log keep copies of it: cohortplanner-cli person URL --id-number N --erase, as the owner. (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record %1 of %2 was deleted by someone else after you read it, or the server does not let you change it (it belongs to another district), so your change was not written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::SyncDialog</name>
    <message>
        <source>Changed here and on the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed here, deleted on the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted here, changed on the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted here, used on the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same name or code as another record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refers to a record that is gone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not yours to change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused by the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Breaks the plan's rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep All &amp;Mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep All &amp;Theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Synchronise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Synchronise with Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>if the server asks for one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When checked out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theirs, now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This plan was not checked out from a server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked out from %1 on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Districts: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last synchronised on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No change made here waits to be sent.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n change(s) made here wait to be sent.</source>
        <translation><numerusform>%n change made here waits to be sent.</numerusform><numerusform>%n changes made here wait to be sent.</numerusform></translation>
    </message>
    <message>
        <source>Synchronising with %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done: sent %1, kept the server's version of %2, received %3 change(s) made by others. The plan is up to date with the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Synchronise Again</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Nothing was sent: %n record(s) were changed both here and on the server, or cannot be sent as they are. Choose which version to keep for each, then synchronise again. A conflict that cannot keep yours needs the plan mended here first (or the server's version).</source>
        <translation><numerusform>Nothing was sent: %n record was changed both here and on the server, or cannot be sent as it is. Choose which version to keep, then synchronise again. A conflict that cannot keep yours needs the plan mended here first (or the server's version).</numerusform><numerusform>Nothing was sent: %n records were changed both here and on the server, or cannot be sent as they are. Choose which version to keep for each, then synchronise again. A conflict that cannot keep yours needs the plan mended here first (or the server's version).</numerusform></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::TablePage</name>
    <message>
        <source>Could not load: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation><numerusform>%Ln row</numerusform><numerusform>%Ln rows</numerusform></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>filtered rows</comment>
        <extracomment>Shown rows of a filtered table: "1,234 of 100,000 trainees"</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Table…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot export the table</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::TableSource</name>
    <message>
        <source>it is UTF-16 text; save it as CSV UTF-8 (or as an Excel workbook)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is not a text file (it holds binary data)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is not UTF-8 and this system cannot decode GB18030</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is neither UTF-8 nor GB18030 text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: the file cannot be read further: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: the bytes are not valid %2 text; choose another encoding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: a quote inside an unquoted field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: text after a closing quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot import “%1”: the file is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot import “%1”: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::TableWriter</name>
    <message>
        <source>cannot create the workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>more than %1 rows do not fit in one sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot move the workbook into place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot export to “%1”: the file name must end in .csv or .xlsx</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::TargetTableModel</name>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trainees to train</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To certify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the track may spend in the year, in yuan (blank: none set)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::TimelinePage</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead instructor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+mouse wheel over the chart zooms too</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public holiday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make-up working day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflict warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blocking conflict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the plan: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohorts meeting in %1: %2. Drag a cohort to move it by working days, or its right edge to change its end; Alt+←/→ moves the selected cohort by one working day; double-click opens it in Cohorts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan has no work calendar for %1: the timeline shows its weekends only, and its public holidays and make-up working days are unknown. &lt;a href="import"&gt;Import Work Calendar…&lt;/a&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show today's date and the cohorts running now</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::TimelineView</name>
    <message>
        <source>No venue (online)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No lead instructor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No cohorts meet in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No plan loaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: ends %2 · sessions: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 working days · %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohorts: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instructors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 enrolled of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>blocking (see the Conflicts page)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warnings (see the Conflicts page)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>week %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n cohort(s)</source>
        <translation><numerusform>%Ln cohort</numerusform><numerusform>%Ln cohorts</numerusform></translation>
    </message>
</context>
<context>
    <name>Planner::TrackCostModel</name>
    <message>
        <source>Track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spent to date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forecast at year end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left at year end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instructors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Venues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Materials &amp; exams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per trainee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the track may spend in the year (its target's budget): type an amount, clear it to set none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The costs of the days held so far: instructors, venues, materials and exams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spent so far plus the costs of everything still planned in the year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The budget less the forecast; red: over budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The forecast at the year end, in its parts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The forecast cost divided by the trainees expected to complete in the year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The forecast cost divided by the certificates expected in the year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fixed costs of the programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The track has no target in the year: enter one (Courses ▸ Yearly targets) to give it a budget.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tracks' budgets added up</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::TrackMonthlyChart</name>
    <message>
        <source>Trained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Results by month and track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trainees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>monthly-by-track</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::TrackTableModel</name>
    <message>
        <source>Track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chinese name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::TraineeDetail</name>
    <message>
        <source>E&amp;nroll in Cohort…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdraw from the selected enrollment; the seat goes to the first on the waitlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the selected enrollment to another cohort's seat or waitlist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a trainee to see their cohorts and certificates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2 (%3, %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Certificates:&lt;/b&gt; none yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Certificates:&lt;/b&gt; %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show ID Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID numbers are shown masked. Show this trainee's in full for as long as the plan stays open; the History records who saw it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::TraineeHistoryModel</name>
    <message>
        <source>Cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waitlisted (#%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::TraineeTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enrollments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latest cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latest start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Highest certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::UtilisationChart</name>
    <message>
        <source>Instructor utilisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Within the limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Over the limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instructor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>% of yearly limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>utilisation</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 %2: %3 / %Ln day(s) (%4%)</source>
        <extracomment>%1 instructor code, %2 name, %3 teaching days, %n the yearly limit in days, %4 share</extracomment>
        <translation><numerusform>%1 %2: %3 / %Ln day (%4%)</numerusform><numerusform>%1 %2: %3 / %Ln days (%4%)</numerusform></translation>
    </message>
</context>
<context>
    <name>Planner::VenueTableModel</name>
    <message>
        <source>Venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohorts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rent per day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Licence per seat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What a cohort pays for each day it teaches here (venues on site)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What an online cohort pays per trainee for the classroom's licence</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::WeightsForm</name>
    <message>
        <source>What each costs the plan (points)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Auto-assign looks for the staffing whose costs add up to the least. A cost ten times another counts ten times as much.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort without a lead:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing assistant:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uneven load (× teaching days²):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Travel (per day outside the home district):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preference (per point):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each changed assignment (re-plan):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::WelcomePage</name>
    <message>
        <source>Welcome to Cohort Planner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan the year's cohorts against its targets, staff them with qualified instructors, and follow every trainee to a certificate. A plan is one file on this computer; every change is saved at once and can be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open a Plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the &amp;Demo Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An empty plan: add your tracks, courses, venues and instructors, or import them from spreadsheets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A .cohortplan file made here or by a colleague.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fictional data: a year of the Beijing programme, with 150 instructors and 10,000 trainees, to try everything on. No real person is in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recent plans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No plan was opened on this computer yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — not found at %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Planner::XlsxReader</name>
    <message>
        <source>it is not an Excel workbook (.xlsx) that can be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is not an Excel workbook (.xlsx): it has no xl/workbook.xml</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its shared strings cannot be read or are larger than %1 MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its shared strings are damaged: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it has no worksheet (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1: a cell refers to a shared string the workbook does not have</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1: the worksheet is damaged: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1: the worksheet ends early (the file is cut off)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan training cohorts, instructors and trainees against yearly targets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan file to open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Render a chart (progress, tracks, capacity, utilisation, years) and exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chart's year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress as of this date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chart file to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chart's size, WIDTHxHEIGHT.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>