package dev.bookspace.organisation;

import dev.bookspace.shared.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalTime;

/** The property's details as its owner edits them on Settings: see {@link PropertyDetails}. */
public class PropertyForm implements Serializable {

    @Size(max = 300, message = "The address can be at most 300 characters.")
    @PlainText
    private String address;

    @Pattern(regexp = "|\\+?[0-9 ()./-]{6,30}", message = "Please enter a phone number of digits, such as +351 212 345 678.")
    private String phone;

    @Email(regexp = "|[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+", message = "Please enter an e-mail address such as frontdesk@example.org.")
    @Size(max = 254, message = "An e-mail address can be at most 254 characters.")
    private String email;

    @NotNull(message = "Please give the earliest check-in time, such as 15:00.")
    private LocalTime checkInFrom;

    @NotNull(message = "Please give the latest checkout time, such as 11:00.")
    private LocalTime checkOutUntil;

    @Pattern(regexp = "|#[0-9a-fA-F]{6}", message = "Choose a colour, such as #1f6f5c.")
    private String brandColour;

    static PropertyForm of(PropertyDetails details) {
        PropertyForm form = new PropertyForm();
        form.address = details.address();
        form.phone = details.phone();
        form.email = details.email();
        form.checkInFrom = details.checkInFrom();
        form.checkOutUntil = details.checkOutUntil();
        form.brandColour = details.brandColour();
        return form;
    }

    /** The details as edited; the logo is uploaded on its own, so it has none ({@link Organisation#describe} keeps it). */
    PropertyDetails details() {
        return new PropertyDetails(address, phone, email, checkInFrom, checkOutUntil, brandColour, null);
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public LocalTime getCheckInFrom() {
        return checkInFrom;
    }

    public void setCheckInFrom(LocalTime checkInFrom) {
        this.checkInFrom = checkInFrom;
    }

    public LocalTime getCheckOutUntil() {
        return checkOutUntil;
    }

    public void setCheckOutUntil(LocalTime checkOutUntil) {
        this.checkOutUntil = checkOutUntil;
    }

    public String getBrandColour() {
        return brandColour;
    }

    public void setBrandColour(String brandColour) {
        this.brandColour = brandColour;
    }
}
