delete from membership where id >= 100000;
delete from cell_leader where id >= 100000;
delete from cell where id >= 100000;
delete from faction where id >= 100000;
delete from person where id >= 100000;
delete from place where id >= 100000;
delete from species where id >= 100000;
